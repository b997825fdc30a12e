using GraphQL;
using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Errors;
using KhmerRougeHistory.Api.Http.Errors;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Answers one request at the GraphQL endpoint: checks the method and the Accept header, reads the request,
/// runs it and writes the response. Every refusal is a GraphQL error body with a code. A GET whose ETag the
/// client already holds is answered 304 without running.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLRequestReader reader,
    GraphQLRequestExecutor executor,
    GraphQLResponseWriter writer,
    GraphQLResponseCaching caching,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var mediaType = ResponseMediaTypes.Select(request);
        try
        {
            var isGet = HttpMethods.IsGet(request.Method);
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                throw new MethodNotAllowedError(request.Method);
            }

            if (mediaType is null)
            {
                throw new NotAcceptableError(request.Headers.Accept.ToString());
            }

            var graphQLRequest = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, http.RequestAborted);
            if (caching.TryAnswerNotModified(http, mediaType))
            {
                return;
            }

            var result = await executor.ExecuteAsync(http, graphQLRequest, queriesOnly: isGet);
            if (result.Errors?.OfType<IHttpStatusError>().FirstOrDefault() is ExecutionError refusal)
            {
                Log.RequestRefused(logger, ((IHttpStatusError)refusal).StatusCode, refusal.Code, refusal.Message);
            }

            await writer.WriteAsync(http, mediaType, result);
        }
        catch (GraphQLHttpError error)
        {
            Log.RequestRefused(logger, error.StatusCode, error.Code, error.Message);
            await writer.WriteAsync(http, mediaType ?? ResponseMediaTypes.Json, error);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            Log.RequestAborted(logger);
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            var traceId = RequestTraceId.Of(http);
            Log.RequestFailed(logger, request.Method, traceId, exception);
            await writer.WriteAsync(http, mediaType ?? ResponseMediaTypes.Json, new InternalServerError(traceId));
        }
    }
}
