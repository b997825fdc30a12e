using System.Net;
using System.Net.Sockets;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

public static class LoopbackPorts
{
    /// <summary>A port on 127.0.0.1 that nothing listens on now (the system's pick, let go at once).</summary>
    public static int Unused()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
