using GraphQL;

namespace KhmerRougeHistory.Api.Errors;

/// <summary>A request the transport refuses before any GraphQL runs, with its stable code and HTTP status.</summary>
internal abstract class GraphQLHttpError : ExecutionError, IHttpStatusError
{
    protected GraphQLHttpError(string message, string code)
        : base(message)
    {
        Code = code;
    }

    public abstract int StatusCode { get; }

    public virtual void AddHeaders(IHeaderDictionary headers)
    {
    }
}
