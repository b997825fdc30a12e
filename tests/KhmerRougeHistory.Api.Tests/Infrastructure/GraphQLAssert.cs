using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>Assertions on GraphQL response bodies.</summary>
public static class GraphQLAssert
{
    public static JsonNode Data(JsonNode? body)
    {
        Assert.True(body?["errors"] is null, "unexpected errors: " + body?["errors"]?.ToJsonString());
        return body!["data"]!;
    }

    /// <summary>The response carries an error with this code and a message, and no stack trace.</summary>
    public static string ErrorCode(JsonNode? body, string expectedCode)
    {
        var errors = body?["errors"]?.AsArray();
        Assert.NotNull(errors);
        var error = Assert.Single(errors!, e => (string?)e?["extensions"]?["code"] == expectedCode);
        var message = (string?)error!["message"];
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("   at ", body!.ToJsonString(), StringComparison.Ordinal);
        return message!;
    }
}
