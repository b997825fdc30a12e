using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>
/// A nested connection under a list of parents is paged for all of them in one statement; a parent looked up alone is
/// paged by itself. Both must give the same pages, page info and cursors, whichever form the batch takes: one numbered
/// window (<see cref="ManyParentsPagingTests"/>, the default) or one seek per parent (<see cref="ManyParentsSeekPagingTests"/>).
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
    public async Task NextPages_OfManyParents_ContinueEachParentsList()
    {
        var (_, first) = await GraphQLClient.PostAsync(Factory, "{ persons(first: 20) { nodes { id claims(first: 2) { nodes { id } pageInfo { endCursor } } all: claims(first: 50) { nodes { id } } } } }");
        foreach (var person in GraphQLAssert.Data(first)["persons"]!["nodes"]!.AsArray())
        {
            var all = GraphQLClient.Ids(person!["all"]!["nodes"]);
            var cursor = (string?)person["claims"]!["pageInfo"]!["endCursor"];
            if (cursor is null)
            {
                continue;
            }

            var (_, next) = await GraphQLClient.PostAsync(
                Factory,
                "query ($after: String) { persons(first: 20) { nodes { id claims(first: 2, after: $after) { nodes { id } } } } }", new { after = cursor });
            var same = GraphQLAssert.Data(next)["persons"]!["nodes"]!.AsArray().Single(p => (string)p!["id"]! == (string)person["id"]!);
            Assert.Equal(all.Skip(2).Take(2), GraphQLClient.Ids(same!["claims"]!["nodes"]));
        }
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
