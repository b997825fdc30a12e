using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// A nested connection under a list of parents is paged for all of them in one statement; a parent looked up alone is
/// paged by itself. Both must give the same pages, page info and cursors, whichever form the batch takes: SQLite's
/// correlated seek per parent (<see cref="ManyParentsPagingTests"/>, the default) or one seek per parent joined by
/// UNION ALL (<see cref="ManyParentsSeekPagingTests"/>). PostgreSQL's numbered window is compared with SQLite's answers
/// in <c>PostgresQueryTests</c>.
/// </summary>
public abstract class ManyParentsPagingTestsBase(CuratedDatabase database, int? maxSeparatePages) : IDisposable
{
    private readonly HistoryApiFactory _factory = maxSeparatePages is { } max
        ? new HistoryApiFactory(database.FilePath).With("Paging:MaxSeparatePages", max.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : new HistoryApiFactory(database.FilePath);

    private HistoryApiFactory Factory => _factory;

    [Theory]
    [InlineData("first: 2")]
    [InlineData("last: 2")]
    [InlineData("first: 3, order: [{ sourceCount: DESC }]")]
    [InlineData("first: 3, order: [{ earliest: ASC }]")]
    [InlineData("last: 3, order: [{ earliest: DESC }]")]
    [InlineData("first: 2, where: { citations: { none: { certainty: { eq: APPROXIMATE } } } }")]
    public async Task EachPersonsClaimsPage_IsThePageOfThatPersonAlone(string arguments)
    {
        var (_, listed) = await GraphQLClient.PostAsync(Factory, $$"""{ persons(first: 20) { nodes { id claims({{arguments}}) { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }""");
        var persons = GraphQLAssert.Data(listed)["persons"]!["nodes"]!.AsArray();
        Assert.Contains(persons, p => (bool)p!["claims"]!["pageInfo"]![arguments.StartsWith("last", StringComparison.Ordinal) ? "hasPreviousPage" : "hasNextPage"]!);

        foreach (var person in persons)
        {
            var (_, alone) = await GraphQLClient.PostAsync(
                Factory,
                $$"""query ($id: ID!) { node(id: $id) { ... on Person { claims({{arguments}}) { nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }""",
                new { id = (string)person!["id"]! });
            Assert.Equal(GraphQLClient.Compact(GraphQLAssert.Data(alone)["node"]!["claims"]), GraphQLClient.Compact(person["claims"]));
        }
    }

    [Fact]
    public async Task NextPages_OfManyParents_ContinueEachParentsList() =>
        await ContinuesEachParentsListAsync("first: 2", "endCursor", "first: 2, after: $cursor", all => all.Skip(2).Take(2));

    [Fact]
    public async Task PreviousPages_OfManyParents_ContinueEachParentsListBackward()
    {
        var continued = await ContinuesEachParentsListAsync("last: 2", "startCursor", "last: 2, before: $cursor", all => all.SkipLast(2).TakeLast(2));

        Assert.True(continued > 0, "no person has more than one page of claims");
    }

    [Fact]
    public async Task AnEmptyCursor_IsRefused_EvenBesideASiblingAskingWithoutOne()
    {
        // Siblings asking with the same arguments share a batch: an empty cursor (not one this API issued) must not
        // be taken for no cursor and answered with the first page.
        var (_, body) = await GraphQLClient.PostAsync(Factory, """{ persons(first: 3) { nodes { a: claims(first: 2) { nodes { id } } b: claims(first: 2, after: "") { nodes { id } } } } }""");

        var errors = body!["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal("INVALID_CURSOR", (string?)e!["extensions"]!["code"]);
            Assert.Equal("b", (string?)e["path"]!.AsArray()[^1]);
        });
    }

    /// <summary>
    /// Pages each of 20 persons' claims with <paramref name="page"/>, then asks for the next page of all of them from
    /// each one's cursor in turn: the person whose cursor it is gets <paramref name="expected"/> of its whole list.
    /// Returns how many persons had more than that first page.
    /// </summary>
    private async Task<int> ContinuesEachParentsListAsync(string page, string cursorField, string continuation, Func<List<string>, IEnumerable<string>> expected)
    {
        var (_, first) = await GraphQLClient.PostAsync(Factory, $$"""{ persons(first: 20) { nodes { id claims({{page}}) { nodes { id } pageInfo { {{cursorField}} } } all: claims(first: 50) { nodes { id } } } } }""");
        var continued = 0;
        foreach (var person in GraphQLAssert.Data(first)["persons"]!["nodes"]!.AsArray())
        {
            var all = GraphQLClient.Ids(person!["all"]!["nodes"]);
            var cursor = (string?)person["claims"]!["pageInfo"]![cursorField];
            if (cursor is null)
            {
                continue;
            }

            var (_, next) = await GraphQLClient.PostAsync(
                Factory,
                $$"""query ($cursor: String) { persons(first: 20) { nodes { id claims({{continuation}}) { nodes { id } } } } }""", new { cursor });
            var same = GraphQLAssert.Data(next)["persons"]!["nodes"]!.AsArray().Single(p => (string)p!["id"]! == (string)person["id"]!);
            Assert.Equal(expected(all), GraphQLClient.Ids(same!["claims"]!["nodes"]));
            continued += all.Count > 2 ? 1 : 0;
        }

        return continued;
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

[Collection(CuratedDatabaseGroup.Name)]
public sealed class ManyParentsPagingTests(CuratedDatabase database) : ManyParentsPagingTestsBase(database, maxSeparatePages: null);

/// <summary>The same pages when every batch of up to 128 parents is paged with one seek per parent.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ManyParentsSeekPagingTests(CuratedDatabase database) : ManyParentsPagingTestsBase(database, maxSeparatePages: 128);
