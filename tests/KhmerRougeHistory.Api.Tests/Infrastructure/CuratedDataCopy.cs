using System.Text.Json;
using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>A copy of the real curated data in a scratch folder, for tests that break or change it.</summary>
public sealed class CuratedDataCopy
{
    public CuratedDataCopy(TempDirectory temp)
    {
        ArgumentNullException.ThrowIfNull(temp);
        Directory = temp.File("data");
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(Directory, Path.GetRelativePath(RepositoryPaths.DataDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public string Directory { get; }

    /// <summary>Loads one data file as JSON, lets the test change it, and writes it back.</summary>
    public void Edit(string file, Action<JsonNode> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var path = Path.Combine(Directory, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Directory, file), content);

    /// <summary>The relative path of the claims file of the first source, a stable target for edits.</summary>
    public static string FirstClaimsFile =>
        "claims/" + Path.GetFileName(System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.DataDirectory, "claims"), "*.json").Order(StringComparer.Ordinal).First());
}
