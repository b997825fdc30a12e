using System.Text;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Federation;

/// <summary><c>_entities(representations:)</c> as a federation router calls it, for every entity type.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class EntitiesTests : IDisposable
{
    private const string EntitiesQuery = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Node { id }
            ... on Subject { label }
            ... on Source { title }
            ... on Claim { displayValue }
          }
        }
        """;

    // Ids only: no field below the entities loads anything, so the count is the entities' own.
    private const string IdsQuery = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Node { id } }
        }
        """;

    private static readonly string[] _entityTypes = ["Person", "Organization", "Site", "Event", "Source", "Claim"];

    private static readonly string[] _rootFields = ["persons", "organizations", "sites", "events", "sources", "claims"];

    private readonly SqlRecorder _sql = new();
    private readonly HistoryApiFactory _factory;

    public EntitiesTests(CuratedDatabase database) => _factory = new HistoryApiFactory(database.FilePath, sqlRecorder: _sql);

    [Fact]
    public async Task EveryEntityType_ResolvesFromItsGlobalId_WithTheFieldsTheListsGive()
    {
        var client = _factory.CreateClient();
        var listed = await ListAsync(client, first: 1);
        var representations = listed.Select(e => new { __typename = e.TypeName, id = e.Id }).ToList();

        var (_, body) = await GraphQLClient.PostAsync(client, EntitiesQuery, new { representations });

        var entities = GraphQLAssert.Data(body)["_entities"]!.AsArray();
        Assert.Equal(_entityTypes, entities.Select(e => (string)e!["__typename"]!));
        Assert.Equal(listed.Select(e => e.Id), entities.Select(e => (string)e!["id"]!));
        Assert.Equal(listed.Select(e => e.Display), entities.Select(Display));
    }

    [Fact]
    public async Task ManyRepresentations_CostOneStatementPerEntityTable_WhateverTheirNumber()
    {
        var client = _factory.CreateClient();
        var few = (await ListAsync(client, first: 1)).Where(e => e.TypeName is "Person" or "Source" or "Claim").ToList();
        var many = (await ListAsync(client, first: 20)).Where(e => e.TypeName is "Person" or "Source" or "Claim").ToList();
        Assert.True(many.Count >= 3 * few.Count, "the large batch must really be larger");

        var fewStatements = await CountStatementsAsync(client, few);
        var manyStatements = await CountStatementsAsync(client, many);

        // Subjects, sources and claims: one IN (...) each.
        Assert.Equal(3, fewStatements);
        Assert.Equal(fewStatements, manyStatements);
    }

    [Fact]
    public async Task EntitiesThroughTheSubjectTable_ShareOneStatement()
    {
        var client = _factory.CreateClient();
        var subjects = (await ListAsync(client, first: 5)).Where(e => e.TypeName is "Person" or "Organization" or "Site" or "Event").ToList();

        Assert.Equal(1, await CountStatementsAsync(client, subjects));
    }

    [Fact]
    public async Task UnknownKeyOfAKnownType_IsNullOnItsEntry_AndTheOthersResolve()
    {
        var client = _factory.CreateClient();
        var person = (await ListAsync(client, first: 1)).First(e => e.TypeName == "Person");
        var nobody = Convert.ToBase64String(Encoding.UTF8.GetBytes("Person:person/nobody-of-this-name"));

        var (_, body) = await GraphQLClient.PostAsync(client, EntitiesQuery, new
        {
            representations = new[] { new { __typename = "Person", id = nobody }, new { __typename = "Person", id = person.Id } },
        });

        var entities = GraphQLAssert.Data(body)["_entities"]!.AsArray();
        Assert.Null(entities[0]);
        Assert.Equal(person.Id, (string)entities[1]!["id"]!);
    }

    public static TheoryData<string, object> BadIds => new()
    {
        { "not a global id", "not base64 at all" },
        { "a global id without a colon", "bm9jb2xvbg==" },
        { "a number instead of a string", 42 },
        { "an empty string", string.Empty },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task RepresentationWithABadId_IsInvalidIdOnItsEntry_AndTheOthersResolve(string why, object id)
    {
        var client = _factory.CreateClient();
        var source = (await ListAsync(client, first: 1)).First(e => e.TypeName == "Source");

        var (response, body) = await GraphQLClient.PostAsync(client, EntitiesQuery, new
        {
            representations = new object[] { new { __typename = "Source", id }, new { __typename = "Source", id = source.Id } },
        });

        var message = GraphQLAssert.ErrorCode(body, "INVALID_ID");
        Assert.True((int)response.StatusCode < 500, why);
        Assert.Equal("_entities", (string)body!["errors"]![0]!["path"]![0]!);
        Assert.Equal(0, (int)body["errors"]![0]!["path"]![1]!);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.Null(body["data"]!["_entities"]![0]);
        Assert.Equal(source.Id, (string)body["data"]!["_entities"]![1]!["id"]!);
    }

    [Fact]
    public async Task RepresentationWithoutAnId_IsInvalidId()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), EntitiesQuery, new
        {
            representations = new[] { new { __typename = "Person", key = "person/pol-pot" } },
        });

        var message = GraphQLAssert.ErrorCode(body, "INVALID_ID");
        Assert.Contains("\"id\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdOfAnotherType_IsInvalidId_NamingBothTypes()
    {
        var client = _factory.CreateClient();
        var source = (await ListAsync(client, first: 1)).First(e => e.TypeName == "Source");

        var (_, body) = await GraphQLClient.PostAsync(client, EntitiesQuery, new
        {
            representations = new[] { new { __typename = "Person", id = source.Id } },
        });

        var message = GraphQLAssert.ErrorCode(body, "INVALID_ID");
        Assert.Contains("Source", message, StringComparison.Ordinal);
        Assert.Contains("Person", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{ "__typename": "Weapon", "id": "x" }]""", "The type 'Weapon' could not be found")]
    [InlineData("""[{ "__typename": "PageInfo", "id": "x" }]""", "'PageInfo' has not been configured for GraphQL Federation")]
    [InlineData("""[{ "__typename": "Citation", "id": "x" }]""", "'Citation' has not been configured for GraphQL Federation")]
    [InlineData("""[{ "id": "x" }]""", "must contain a __typename")]
    [InlineData("""["Person"]""", "must be a dictionary")]
    public async Task RepresentationOfNoEntityType_IsInvalidValue_AndNothingRuns(string representations, string explanation)
    {
        _sql.Clear();
        var (response, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), EntitiesQuery, new { representations = JsonNode.Parse(representations) });

        var message = GraphQLAssert.ErrorCode(body, "INVALID_VALUE");
        Assert.Contains(explanation, message, StringComparison.Ordinal);
        Assert.True((int)response.StatusCode < 500);
        Assert.Null(body!["data"]);
        Assert.Empty(_sql.Statements);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The first entities of each type as the root lists return them, with what the entities query should show.</summary>
    private static async Task<List<(string TypeName, string Id, string Display)>> ListAsync(HttpClient client, int first)
    {
        var (_, body) = await GraphQLClient.PostAsync(client, """
            query ($first: Int!) {
              persons(first: $first) { nodes { __typename id label } }
              organizations(first: $first) { nodes { __typename id label } }
              sites(first: $first) { nodes { __typename id label } }
              events(first: $first) { nodes { __typename id label } }
              sources(first: $first) { nodes { __typename id title } }
              claims(first: $first) { nodes { __typename id displayValue } }
            }
            """, new { first });
        var data = GraphQLAssert.Data(body);
        return [.. _rootFields
            .SelectMany(field => data[field]!["nodes"]!.AsArray())
            .Select(node => ((string)node!["__typename"]!, (string)node["id"]!, Display(node)))];
    }

    private static string Display(JsonNode? entity) =>
        (string?)entity!["label"] ?? (string?)entity["title"] ?? (string)entity["displayValue"]!;

    private async Task<int> CountStatementsAsync(HttpClient client, List<(string TypeName, string Id, string Display)> entities)
    {
        _sql.Clear();
        var (_, body) = await GraphQLClient.PostAsync(client, IdsQuery, new
        {
            representations = entities.Select(e => new { __typename = e.TypeName, id = e.Id }),
        });
        var resolved = GraphQLAssert.Data(body)["_entities"]!.AsArray();
        Assert.Equal(entities.Select(e => e.Id), resolved.Select(e => (string)e!["id"]!));
        return _sql.Statements.Count;
    }
}
