using System.Text.RegularExpressions;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>
/// Keyset pages on PostgreSQL come from an index in the requested order, NULLs first ascending included (the indexes
/// are declared NULLS FIRST; without that, every ascending page would sort the whole list), so page N costs what
/// page 1 costs, as on SQLite.
/// </summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed partial class PostgresQueryPlanTests : IDisposable
{
    private readonly PostgresPlanRecorder _plans = new();
    private readonly HistoryApiFactory _factory;

    public PostgresQueryPlanTests(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = HistoryApiFactory.OnPostgres(database.Schema.Name).WithServices(services => services.AddStatementObserver(_plans));
    }

    [PostgresTheory]
    [InlineData("persons", "order: [{ label: ASC }]")]
    [InlineData("persons", "order: [{ born: ASC }]")]
    [InlineData("persons", "order: [{ born: DESC }]")]
    [InlineData("events", "order: [{ start: ASC }]")]
    [InlineData("sources", "order: [{ title: DESC }]")]
    [InlineData("disputes", "")]
    [InlineData("claims", "where: { property: { eq: MEMBER_OF } }, order: [{ sourceCount: DESC }]")]
    public async Task PageAfterACursor_IsReadFromAnIndexWithoutSorting(string field, string order)
    {
        var page = $$"""query ($after: String) { {{field}}(first: 3, after: $after, {{order}}) { nodes { id } pageInfo { endCursor } } }""";
        var client = _factory.CreateClient();
        var (_, first) = await GraphQLClient.PostAsync(client, page);
        var cursor = (string?)GraphQLAssert.Data(first)[field]!["pageInfo"]!["endCursor"];
        _plans.Clear();

        var (_, second) = await GraphQLClient.PostAsync(client, page, new { after = cursor });

        GraphQLAssert.Data(second);
        var (sql, plan) = Assert.Single(_plans.Plans);
        // Descending orders keep the key ascending as final tie-break, so PostgreSQL may sort rows of one equal first
        // key (an incremental sort over the index's presorted key), as SQLite sorts the "right part of ORDER BY".
        Assert.Contains(plan, line => line.Contains("Index Scan", StringComparison.Ordinal) || line.Contains("Index Only Scan", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => FullSort().IsMatch(line));
        Assert.Contains("NULLS FIRST", sql, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
    }

    [GeneratedRegex(@"^\s*(->\s*)?Sort\s+\(cost")]
    private static partial Regex FullSort();
}
