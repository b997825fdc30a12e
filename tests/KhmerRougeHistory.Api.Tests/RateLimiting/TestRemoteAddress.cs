using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KhmerRougeHistory.Api.Tests.RateLimiting;

/// <summary>
/// Gives a test request the remote address named in its <see cref="HeaderName"/> header, as if it had come from
/// there: the in-memory test server has no connection, so no address of its own. Runs before the whole app.
/// </summary>
public sealed class TestRemoteAddress : IStartupFilter
{
    public const string HeaderName = "Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[HeaderName].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
