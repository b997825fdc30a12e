using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

public static class LoopbackServer
{
    /// <summary>
    /// Hosts the real application with Kestrel on 127.0.0.1 and a free port, for clients outside the process
    /// (node, a browser, real sockets); returns its origin without a trailing slash.
    /// </summary>
    public static string StartOnLoopback(this HistoryApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return Assert.Single(addresses).TrimEnd('/');
    }
}
