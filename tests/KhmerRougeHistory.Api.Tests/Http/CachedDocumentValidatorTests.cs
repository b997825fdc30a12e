using System.Collections;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>
/// A cached document is validated from what its operation's first validation learnt (<see cref="CachedDocumentValidator"/>),
/// and must come out exactly as graphql-dotnet's validator with no rule would have it: the same variables, argument
/// values, directive values and errors, for every published operation and for documents that use what a walk can miss
/// (fragments spread twice, inline fragments on interfaces and unions, directives with variables, input objects,
/// defaults, meta fields, several operations), first and later, one request at a time and many at once.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CachedDocumentValidatorTests(CuratedDatabase database) : IDisposable
{
    private static readonly GraphQLSerializer _serializer = new();

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string, string?, string> Requests()
    {
        var requests = new TheoryData<string, string?, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "schema", "operations"), "*.graphql").Order())
        {
            requests.Add(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), "{}");
        }

        const string Directives = """
            query Directed($first: Int = 2, $skip: Boolean!, $withNames: Boolean = true) {
              persons(first: $first) @skip(if: $skip) {
                nodes { id label @include(if: true) names @include(if: $withNames) { value } }
              }
              ... on Query @include(if: $withNames) { dataVersion }
            }
            """;
        foreach (var variables in new[] { """{"skip":false}""", """{"skip":true,"first":1}""", "{}", """{"skip":"no"}""", """{"skip":false,"withNames":null}""" })
        {
            requests.Add(Directives, null, variables);
        }

        const string Fragments = """
            query Fragmented($n: Int, $id: ID!, $property: ClaimProperty = BIRTH_DATE) {
              ...Root
              again: persons(first: 1) { ...Page }
              node(id: $id) { ...Who ... on Node { id } ... on Subject { label } }
            }
            fragment Root on Query { persons(first: $n, order: [{ label: DESC }]) { ...Page } }
            fragment Page on PersonsConnection { nodes { ...Who } }
            fragment Who on Person { id names { value sources { title } } claims(first: 1, property: [$property]) { totalCount } }
            """;
        foreach (var variables in new[] { """{"n":3,"id":"UGVyc29uOnBlcnNvbi9kdWNo"}""", """{"id":"x","property":"DEATH_DATE"}""", """{"id":"x","property":"NONE"}""", """{"id":"x"}""", """{"n":"three","id":"x"}""", """{"n":2}""" })
        {
            requests.Add(Fragments, null, variables);
        }

        const string InputsAndUnions = """
            query Filtered($where: PersonFilterInput, $order: [ClaimSortInput!], $after: String, $deprecated: Boolean) {
              persons(first: 2, where: $where) { nodes { id } }
              claims(first: 3, order: $order, after: $after, where: { rank: { neq: DEPRECATED } }) {
                nodes { value { ... on QuantityValue { amount unit } ... on TextValue { text } ...Entity } }
              }
            }
            fragment Entity on EntityValue { subject { label claims(first: 1, includeDeprecated: $deprecated) { totalCount } } }
            """;
        foreach (var variables in new[]
        {
            """{"where":{"label":{"startsWith":"K"}},"order":[{"sourceCount":"DESC"}],"deprecated":true}""",
            """{"where":null,"after":"bm90IGEgY3Vyc29y"}""",
            """{"where":{"noSuchField":1}}""",
            """{"where":{"and":[{"label":{"eq":"Duch"}},{"born":{"gte":"1942-01-01"}}]}}""",
            """{"order":"label"}""",
            """{"order":[{"id":"DESC"}]}""",
        })
        {
            requests.Add(InputsAndUnions, null, variables);
        }

        const string Defaults = """
            query Defaulted($id: ID = "UGVyc29uOnBlcnNvbi9kdWNo", $ids: [ID!]! = ["x"], $name: String! = "Query") {
              node(id: $id) { id }
              nodes(ids: [$id, "literal"]) { id }
              more: nodes(ids: $ids) { id }
              __type(name: $name) { name }
              search(text: "tuol") { label }
            }
            query Other { __typename dataVersion }
            """;
        foreach (var variables in new[] { "{}", """{"id":null}""", """{"ids":[],"name":"Person"}""", """{"ids":[null]}""", """{"name":42}""" })
        {
            requests.Add(Defaults, "Defaulted", variables);
        }

        requests.Add(Defaults, "Other", "{}");
        requests.Add("{ persons(first: \"many\") { totalCount } }", null, "{}");
        return requests;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task CachedValidation_IsGraphQLDotnetsWithNoRule_FirstAndLater(string query, string? operationName, string variables)
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        var document = new GraphQLDocumentBuilder().Build(query);
        var options = Options(schema, document, operationName, variables);
        var expected = await Describe(() => new DocumentValidator().ValidateAsync(options));
        var cached = new CachedDocumentValidator(new UnexpectedValidator());

        var first = await Describe(() => cached.ValidateAsync(options));
        var later = await Describe(() => cached.ValidateAsync(Options(schema, document, operationName, variables)));

        Assert.Equal(expected, first);
        Assert.Equal(expected, later);
    }

    [Fact]
    public async Task CachedValidation_OfManyRequestsAtOnce_KeepsEachRequestsVariables()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        var document = new GraphQLDocumentBuilder().Build("query ($n: Int!, $text: String!) { persons(first: $n) { totalCount } search(text: $text, first: $n) { id } }");
        var cached = new CachedDocumentValidator(new UnexpectedValidator());
        var variableSets = Enumerable.Range(1, 16).Select(n => $$"""{"n":{{n}},"text":"word {{n}}"}""").Append("""{"n":"x","text":"y"}""").ToArray();
        var expected = new Dictionary<string, string>();
        foreach (var variables in variableSets)
        {
            var options = Options(schema, document, null, variables);
            expected[variables] = await Describe(() => new DocumentValidator().ValidateAsync(options));
        }

        var runs = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var seen = new List<(string Variables, string Result)>();
            for (var i = 0; i < 200; i++)
            {
                var variables = variableSets[(worker * 7 + i) % variableSets.Length];
                var options = Options(schema, document, null, variables);
                seen.Add((variables, await Describe(() => cached.ValidateAsync(options))));
            }

            return seen;
        }));

        foreach (var (variables, result) in (await Task.WhenAll(runs)).SelectMany(seen => seen))
        {
            Assert.Equal(expected[variables], result);
        }
    }

    [Fact]
    public async Task ValidationWithRules_GoesToTheRegisteredValidator()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        var document = new GraphQLDocumentBuilder().Build("{ __typename }");
        var cached = new CachedDocumentValidator(new UnexpectedValidator());

        var options = Options(schema, document, null, "{}");
        await Assert.ThrowsAsync<UnexpectedValidationException>(() => cached.ValidateAsync(options with { Rules = null }));
        await Assert.ThrowsAsync<UnexpectedValidationException>(() => cached.ValidateAsync(options with { Rules = DocumentValidator.CoreRules }));
        Assert.True((await cached.ValidateAsync(options)).IsValid);
    }

    public void Dispose() => _factory.Dispose();

    private static ValidationOptions Options(ISchema schema, GraphQLDocument document, string? operationName, string variables) => new()
    {
        Schema = schema,
        Document = document,
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(op => operationName is null || op.Name?.StringValue == operationName),
        Rules = [],
        Variables = _serializer.Deserialize<Inputs>(variables) ?? Inputs.Empty,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
    };

    /// <summary>Everything a validation result tells the executor, as text; an exception as its type and message.</summary>
    private static async Task<string> Describe(Func<Task<IValidationResult>> validate)
    {
        IValidationResult result;
        try
        {
            result = await validate();
        }
        catch (Exception exception)
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }

        var text = new StringBuilder($"valid: {result.IsValid}\n");
        foreach (var error in result.Errors)
        {
            var at = string.Join(", ", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? []);
            text.Append(CultureInfo.InvariantCulture, $"error {error.GetType().Name} {error.Code}: {error.Message} at {at}\n");
        }

        foreach (var variable in result.Variables ?? Variables.None)
        {
            text.Append(CultureInfo.InvariantCulture, $"variable ${variable.Name} = {Show(variable.Value)} (default: {variable.IsDefault}, given: {variable.ValueSpecified})\n");
        }

        foreach (var (field, arguments) in (result.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>()).OrderBy(p => p.Key.Location.Start))
        {
            text.Append(CultureInfo.InvariantCulture, $"field {field.Name.StringValue}@{field.Location.Start}: {Show(arguments)}\n");
        }

        foreach (var (node, directives) in (result.DirectiveValues ?? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>()).OrderBy(p => p.Key.Location.Start))
        {
            foreach (var (name, directive) in directives)
            {
                text.Append(CultureInfo.InvariantCulture, $"{node.Kind}@{node.Location.Start} @{name}: {Show(directive.Arguments)}\n");
            }
        }

        return text.ToString();
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IDictionary<string, ArgumentValue> arguments => "{" + string.Join(", ", arguments.Select(a => $"{a.Key}: {Show(a.Value.Value)} ({a.Value.Source})")) + "}",
        IDictionary<string, object?> fields => "{" + string.Join(", ", fields.Select(f => $"{f.Key}: {Show(f.Value)}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        _ => string.Create(CultureInfo.InvariantCulture, $"{value} ({value.GetType().Name})"),
    };

    private sealed class UnexpectedValidator : IDocumentValidator
    {
        public Task<IValidationResult> ValidateAsync(in ValidationOptions options) => throw new UnexpectedValidationException();
    }

    private sealed class UnexpectedValidationException : Exception;
}
