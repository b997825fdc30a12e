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
/// A persisted operation request gives a <c>documentId</c> (or <c>id</c>) or <c>extensions.persistedQuery</c>
/// instead of <c>query</c>; PersistedOperations turns it into a query.
/// Anything else is refused with an error that says what to send instead.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    private const string Example = """{"query": "{ __typename }"}""";

    private readonly int _maxBodySize = options.Value.MaxRequestBodySize;

    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var rented = await JsonRequestBody.ReadAsync(request, _maxBodySize, cancellationToken);
        var body = rented.Memory;
        if (body.Length == 0)
        {
            throw new InvalidRequestError($"The request body is empty: POST a JSON object such as {Example}.");
        }

        using var json = ParseJson(body, "The request body", $"POST a JSON object such as {Example}");
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw new BatchingNotSupportedError();
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestError($"The request body must be a JSON object such as {Example}, not {Describe(root)}.");
        }

        return ValidUnicode(() => Complete(
            ReadString(root, "query"),
            ReadDocumentId(ReadString(root, "documentId"), ReadString(root, "id")),
            ReadString(root, "operationName"),
            ReadMap(root, "variables"),
            ReadMap(root, "extensions")));
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ValidUnicode(() => Complete(
            Single(request.Query, "query"),
            ReadDocumentId(Single(request.Query, "documentId"), Single(request.Query, "id")),
            Single(request.Query, "operationName"),
            ReadJsonParameter(request.Query, "variables"),
            ReadJsonParameter(request.Query, "extensions")));
    }

    // JSON's syntax allows an escaped half of a surrogate pair ("\ud800"), but it is not Unicode text, and
    // System.Text.Json refuses to turn it into a string only when the value is read: refuse the request there.
    private static bool IsInvalidUtf16(Exception? e) =>
        e is InvalidOperationException && e.Message.Contains("UTF-16", StringComparison.Ordinal);

    private static GraphQLRequest ValidUnicode(Func<GraphQLRequest> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IsInvalidUtf16(e) || IsInvalidUtf16(e.InnerException))
        {
            throw new InvalidJsonError("The request contains an escaped lone surrogate (\\uD800–\\uDFFF without its pair), which is not valid Unicode text: send well-formed UTF-16 escapes or plain UTF-8.");
        }
    }

    private static GraphQLRequest Complete(string? query, string? documentId, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (string.IsNullOrEmpty(query))
        {
            if (documentId is null && extensions?.ContainsKey("persistedQuery") != true)
            {
                throw new InvalidRequestError($"The request has no 'query': send the GraphQL document as a string in 'query', e.g. {Example}, or the id of a persisted document in 'documentId'.");
            }

            query = null;
        }
        else if (documentId is not null)
        {
            throw new InvalidRequestError("The request has both 'query' and a document id: send one of them.");
        }

        return new GraphQLRequest { Query = query, DocumentId = documentId, OperationName = operationName, Variables = variables, Extensions = extensions };
    }

    /// <summary>The persisted document id, named <c>documentId</c> in the spec's appendix and <c>id</c> by HotChocolate and Relay.</summary>
    private static string? ReadDocumentId(string? documentId, string? id) =>
        string.IsNullOrEmpty(documentId) ? (string.IsNullOrEmpty(id) ? null : id)
        : string.IsNullOrEmpty(id) ? documentId
        : throw new InvalidRequestError("The request has both 'documentId' and 'id': send the document id once.");

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
