using KhmerRougeHistory.Api.Benchmarks.Server;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>What <see cref="LoadScenario"/> measured on one database.</summary>
internal sealed class DatabaseLoadResults(string database)
{
    public string Database { get; } = database;

    public List<LoadResult> Operations { get; } = [];

    public List<LoadResult> Baselines { get; } = [];

    public List<LoadResult> Keyset { get; } = [];

    /// <summary>SQL statements of one request with <c>first: 5</c> and with <c>first: 50</c>.</summary>
    public Dictionary<string, (long Small, long Large)> StatementsByPageSize { get; } = [];

    public ServerStats? ServerStats { get; set; }

    /// <summary>What could not be measured, and why.</summary>
    public List<string> Notes { get; } = [];
}
