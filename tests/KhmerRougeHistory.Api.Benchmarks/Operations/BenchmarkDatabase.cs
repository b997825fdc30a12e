namespace KhmerRougeHistory.Api.Benchmarks.Operations;

/// <summary>A database the benchmarks run on, with the variables that make each operation find real rows in it.</summary>
internal sealed record BenchmarkDatabase(string Name, string FilePath, IReadOnlyDictionary<string, string> Variables)
{
    public bool IsSynthetic => Name != "curated";

    public static BenchmarkDatabase Curated(string path) => new("curated", path, new Dictionary<string, string>());

    /// <summary>
    /// Synthetic: a person and a site in the middle of the data, the big register source (about 10 % of all
    /// citations, so "everything one source states" is long), an organization and its thousands of members, and
    /// searches that match many names.
    /// </summary>
    public static BenchmarkDatabase Synthetic(string name, string path) => new(name, path, new Dictionary<string, string>
    {
        ["PersonNames"] = $$"""{"person":"{{GlobalId.Of("Person", "person/synthetic-0004242")}}"}""",
        ["S21PrisonerCounts"] = $$"""{"site":"{{GlobalId.Of("Site", "site/synthetic-0000042")}}"}""",
        ["SourceStatements"] = $$"""{"source":"{{GlobalId.Of("Source", "source/synthetic-0001")}}"}""",
        ["Search"] = """{"text":"sok dar"}""",
        ["SearchPage"] = """{"text":"sok dar"}""",
        ["EventsAtSite"] = $$"""{"site":"{{GlobalId.Of("Site", "site/synthetic-0000042")}}"}""",
        ["OrganizationMembers"] = $$"""{"organization":"{{GlobalId.Of("Organization", "organization/synthetic-0000003")}}"}""",
    });

    public string VariablesFor(string operation) => Variables.GetValueOrDefault(operation, "{}");
}
