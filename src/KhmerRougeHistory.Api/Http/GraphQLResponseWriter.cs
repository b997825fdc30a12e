using GraphQL;
using GraphQL.Execution;
using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Writes a GraphQL response with the status code the GraphQL-over-HTTP spec gives its media type:
/// with <c>application/graphql-response+json</c> a request that never reached execution (parse, validation or
/// variable errors) is 400 and has no <c>data</c>; with <c>application/json</c> every well-formed request is 200.
/// Errors that know their status (<see cref="IHttpStatusError"/>) set it in both.
/// Caching headers come from <see cref="GraphQLResponseCaching"/>: only a successful GET may be stored.
/// </summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, GraphQLResponseCaching caching)
{
    public Task WriteAsync(HttpContext http, string mediaType, ExecutionError error) =>
        WriteAsync(http, mediaType, new ExecutionResult(error));

    public async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        var statusError = result.Errors?.OfType<IHttpStatusError>().FirstOrDefault();
        if (statusError is not null)
        {
            // The error that decides the status is the whole answer: other errors would only distract.
            result = new ExecutionResult((ExecutionError)statusError) { Extensions = result.Extensions };
        }

        var response = http.Response;
        response.StatusCode = statusError?.StatusCode ?? StatusCodeOf(result, mediaType);
        statusError?.AddHeaders(response.Headers);
        response.ContentType = $"{mediaType}; charset=utf-8";
        response.Headers.Vary = "Accept";
        caching.SetHeaders(http, result);
        await serializer.WriteAsync(response.Body, result, http.RequestAborted);
    }

    private static int StatusCodeOf(ExecutionResult result, string mediaType) =>
        result.Executed ? StatusCodes.Status200OK
        : result.Errors?.Any(error => error is UnhandledError) == true ? StatusCodes.Status500InternalServerError
        : mediaType == ResponseMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest
        : StatusCodes.Status200OK;
}
