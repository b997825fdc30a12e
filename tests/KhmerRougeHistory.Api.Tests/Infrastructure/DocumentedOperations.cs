namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>The documented operations (<c>schema/operations/*.graphql</c>): their names, in order, and their texts.</summary>
public static class DocumentedOperations
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "schema", "operations");

    public static TheoryData<string> Names() =>
        [.. Directory.GetFiles(Folder, "*.graphql").Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal)];

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".graphql"));
}
