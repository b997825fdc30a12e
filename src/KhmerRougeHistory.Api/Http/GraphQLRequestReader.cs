using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KhmerRougeHistory.Api.Http.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a POST body <c>{query, variables, operationName, extensions}</c> in
/// <c>application/json</c>, or the same parameters in a GET query string (variables and extensions as JSON).
/// Anything else is refused with an error that says what to send instead.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    private const string Example = """{"query": "{ __typename }"}""";

    private readonly int _maxBodySize = options.Value.MaxRequestBodySize;

    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await JsonRequestBody.ReadAsync(request, _maxBodySize, cancellationToken);
        if (body.Length == 0)
        {
            throw new InvalidRequestError($"The request body is empty: POST a JSON object such as {Example}.");
        }

        using var json = ParseJson(body, "The request body", $"POST a JSON object such as {Example}");
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestError(root.ValueKind == JsonValueKind.Array
                ? "Batched requests (a JSON array) are not supported: send one request object per HTTP request."
                : $"The request body must be a JSON object such as {Example}, not {Describe(root)}.");
        }

        return Complete(
            ReadString(root, "query"),
            ReadString(root, "operationName"),
            ReadMap(root, "variables"),
            ReadMap(root, "extensions"));
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Complete(
            Single(request.Query, "query"),
            Single(request.Query, "operationName"),
            ReadJsonParameter(request.Query, "variables"),
            ReadJsonParameter(request.Query, "extensions"));
    }

    private static GraphQLRequest Complete(string? query, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (string.IsNullOrEmpty(query))
        {
            if (extensions?.ContainsKey("persistedQuery") == true)
            {
                throw new PersistedQueryNotSupportedError();
            }

            throw new InvalidRequestError($"The request has no 'query': send the GraphQL document as a string in 'query', e.g. {Example}.");
        }

        return new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> json, string what, string remedy)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (at line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            throw new InvalidJsonError($"{what} is not valid JSON{where}: {remedy}.");
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new InvalidRequestError($"'{name}' must be a string (or null), not {Describe(value)}."),
        };

    private Inputs? ReadMap(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : ToInputs(value, $"'{name}'");

    private Inputs? ToInputs(JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        JsonValueKind.Null => null,
        _ => throw new InvalidRequestError($"{what} must be a JSON object (or null), not {Describe(value)}."),
    };

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count <= 1
            ? values.ToString()
            : throw new InvalidRequestError($"The query string has {values.Count} '{name}' parameters: give it once.");
    }

    private Inputs? ReadJsonParameter(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        using var json = ParseJson(Encoding.UTF8.GetBytes(text), $"The '{name}' parameter", $"give '{name}' as a URL-encoded JSON object, e.g. {{\"name\": \"value\"}}");
        return ToInputs(json.RootElement, $"The '{name}' parameter");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
