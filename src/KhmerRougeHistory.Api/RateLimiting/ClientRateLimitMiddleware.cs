using KhmerRougeHistory.Api.Http;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>
/// Admits a request to the GraphQL path only if its client's bucket has a token, and takes it, so that
/// requests refused later (bad JSON, invalid documents) still count; the rest of the request's cost is taken
/// after validation (<see cref="RequestCostCharge"/>). Every response on the path carries the RateLimit fields.
/// Requests to other paths, such as the IDE's files or health checks, pass untouched.
/// </summary>
internal sealed class ClientRateLimitMiddleware(RequestDelegate next, PathString path, IClientBudget budget, GraphQLResponseWriter writer, ILogger<ClientRateLimitMiddleware> logger)
{
    private readonly PathString _folder = path.Add("/");

    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!request.Path.Equals(path) && !request.Path.Equals(_folder))
        {
            await next(http);
            return;
        }

        var client = ClientAddress.Of(http, budget.Options.IPv6PrefixLength);
        var admission = await budget.TryTakeAsync(client, 1, http.RequestAborted);
        var metered = new ClientRateLimitFeature(client, admission);
        http.Features.Set(metered);
        http.Response.OnStarting(() =>
        {
            RateLimitHeaders.Write(http.Response.Headers, budget.Options, metered.LastTake);
            return Task.CompletedTask;
        });

        if (!admission.Taken)
        {
            Log.RateLimited(logger, client, 1, admission.Remaining, admission.RetryAfter);
            var error = new RateLimitedError(1, admission.Remaining, admission.RetryAfter, budget.Options);
            await writer.WriteAsync(http, ResponseMediaTypes.Select(request) ?? ResponseMediaTypes.Json, error);
            return;
        }

        await next(http);
    }
}
