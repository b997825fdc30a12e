namespace KhmerRougeHistory.Api.Model;

/// <summary>The single row that says which curated data a database was built from.</summary>
public sealed class DatasetInfo
{
    public required int Id { get; init; }

    /// <summary>SHA-256 over the curated data files; a different hash means the database is stale.</summary>
    public required string DataHash { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }
}
