using System.Net;
using System.Net.Sockets;

namespace KhmerRougeHistory.Api.RateLimiting;

/// <summary>Who a request counts against: the address it came from, after trusted proxies' forwarding.</summary>
internal static class ClientAddress
{
    /// <summary>The key of connections without an IP address (Unix sockets, in-memory test servers).</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// The client's IPv4 address, or the network of <paramref name="ipv6PrefixLength"/> bits that holds its
    /// IPv6 address (such as <c>2001:db8:1:2::/64</c>).
    /// </summary>
    public static string Of(HttpContext http, int ipv6PrefixLength)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || ipv6PrefixLength >= 128)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        for (var bit = ipv6PrefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return $"{new IPAddress(bytes)}/{ipv6PrefixLength}";
    }
}
