namespace KhmerRougeHistory.Api.Errors;

/// <summary>
/// A GraphQL error that decides the HTTP status of the response it appears in, whatever media type the
/// response has. Errors without it leave the status to the GraphQL-over-HTTP rules.
/// </summary>
public interface IHttpStatusError
{
    int StatusCode { get; }

    /// <summary>Adds headers that go with the status, such as <c>Allow</c> with 405.</summary>
    void AddHeaders(IHeaderDictionary headers)
    {
    }
}
