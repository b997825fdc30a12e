using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Hostile;

/// <summary>
/// Every hostile request of the checklists gets its documented status and code, never a 5xx, and the server
/// answers a normal query right after.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class HostileInputTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Theory]
    [InlineData("malformed JSON", HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("JSON of the wrong shape", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("wrong content type", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("form post (CSRF)", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("2 MB body", HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE")]
    [InlineData("depth 40", HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED")]
    [InlineData("31 aliases", HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED")]
    [InlineData("2,000 aliases", HttpStatusCode.BadRequest, "QUERY_TOO_LONG")]
    [InlineData("6 directives on a field", HttpStatusCode.BadRequest, "MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("1,000 directives", HttpStatusCode.BadRequest, "MAX_TOKENS_EXCEEDED")]
    [InlineData("50,000 tokens", HttpStatusCode.RequestEntityTooLarge, "REQUEST_BODY_TOO_LARGE")]
    [InlineData("fragment cycle", HttpStatusCode.OK, "NO_FRAGMENT_CYCLES")]
    [InlineData("first: 100000", HttpStatusCode.BadRequest, "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("eleven 100-item connections", HttpStatusCode.BadRequest, "MAX_PAGE_SIZE_EXCEEDED")]
    [InlineData("three nested 50-item connections", HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED")]
    [InlineData("unknown field", HttpStatusCode.OK, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("bad ID", HttpStatusCode.OK, "INVALID_ID")]
    [InlineData("bad cursor", HttpStatusCode.OK, "INVALID_CURSOR")]
    [InlineData("variable of the wrong type", HttpStatusCode.OK, "INVALID_VALUE")]
    [InlineData("NUL character in the document", HttpStatusCode.OK, "SYNTAX_ERROR")]
    [InlineData("NUL character in a variable", HttpStatusCode.OK, null)]
    [InlineData("lone surrogate", HttpStatusCode.BadRequest, "INVALID_JSON")]
    [InlineData("batched array", HttpStatusCode.BadRequest, "BATCHING_NOT_SUPPORTED")]
    public async Task HostileRequest_GetsItsStatusAndCode_AndTheServerKeepsServing(string name, HttpStatusCode status, string? code)
    {
        var client = _factory.CreateClient();

        var response = await client.SendAsync(HostileRequests.Build(name));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(status == response.StatusCode, $"{name}: expected {status}, got {(int)response.StatusCode}: {Shorten(text)}");
        var body = JsonNode.Parse(text);
        if (code is null)
        {
            Assert.Null(body?["errors"]);
        }
        else
        {
            Assert.True(body?["errors"]?.AsArray().Any(e => (string?)e?["extensions"]?["code"] == code) == true, $"{name}: expected {code} in {Shorten(text)}");
        }

        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        var (after, afterBody) = await GraphQLClient.PostAsync(client, "{ persons(first: 1) { nodes { label } } }");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        GraphQLAssert.Data(afterBody);
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    public void Dispose() => _factory.Dispose();
}
