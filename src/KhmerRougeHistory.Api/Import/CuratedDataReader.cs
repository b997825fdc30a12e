using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using KhmerRougeHistory.Api.Import.Records;

namespace KhmerRougeHistory.Api.Import;

/// <summary>
/// Reads the curated data folder strictly: unknown fields, missing required fields and stray files are
/// problems, reported with the file and the JSON path, so that a typo never silently drops a fact.
/// </summary>
internal static class CuratedDataReader
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static CuratedData Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ImportException([$"The curated data folder '{directory}' does not exist."]);
        }

        var problems = new List<string>();
        var files = CuratedDataFiles.All(directory).ToList();
        problems.AddRange(StrayFiles(directory, files));

        var sources = ReadFile<List<SourceRecord>>(directory, CuratedDataFiles.Sources, problems) ?? [];
        var entities = CuratedDataFiles.Entities.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<EntityRecord>)(ReadFile<List<EntityRecord>>(directory, pair.Value, problems) ?? []));
        var claimFiles = files.Where(f => f.StartsWith(CuratedDataFiles.ClaimsFolder + "/", StringComparison.Ordinal))
            .Select(f => (File: f, Content: ReadFile<ClaimFileRecord>(directory, f, problems)))
            .Where(f => f.Content is not null)
            .Select(f => (f.File, f.Content!))
            .ToList();

        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        return new CuratedData(Hash(directory, files), sources, entities, claimFiles);
    }

    /// <summary>
    /// Bump when the database layout changes (tables, indexes, the search index, the planner's statistics), so that
    /// databases built by an older importer are rebuilt on start even though the data is the same.
    /// </summary>
    public const string DatabaseFormat = "11";

    /// <summary>SHA-256 over the database format and every data file's name and bytes: the identity of a build of the data.</summary>
    public static string Hash(string directory, IEnumerable<string> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes("format " + DatabaseFormat + "\n"));
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IEnumerable<string> StrayFiles(string directory, List<string> known) =>
        Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => !known.Contains(f))
            .Select(f => $"{f}: unknown data file (expected {CuratedDataFiles.Sources}, {string.Join(", ", CuratedDataFiles.Entities.Values)} or {CuratedDataFiles.ClaimsFolder}/*.json).");

    private static T? ReadFile<T>(string directory, string file, List<string> problems)
        where T : class
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file}: the file is missing.");
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), _options);
            if (value is null)
            {
                problems.Add($"{file}: the file holds null.");
            }

            return value;
        }
        catch (JsonException e)
        {
            problems.Add($"{file}: at {e.Path ?? "$"} (line {(e.LineNumber ?? 0) + 1}): {Describe(e)}");
            return null;
        }
    }

    // System.Text.Json's messages name .NET types; keep the part a data editor can act on.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var field = message.Split('\'')[1];
            return $"unknown field '{field}'.";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal) || message.Contains("missing required", StringComparison.Ordinal))
        {
            var start = message.IndexOf("properties including:", StringComparison.Ordinal);
            return start >= 0 ? $"missing required field(s) {message[(start + 21)..].Split('.')[0].Trim()}." : "a required field is missing.";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase))
        {
            return "a required field is null.";
        }

        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
