using System.Net.Http.Json;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>One operation of <c>schema/operations/</c> with the variables to send (none: its defaults).</summary>
public sealed record RealOperation(string Name, string Document, IReadOnlyDictionary<string, object?>? Variables)
{
    public HttpRequestMessage ToRequest() => new(HttpMethod.Post, "/graphql")
    {
        Content = JsonContent.Create(new { query = Document, operationName = Name, variables = Variables }),
    };
}
