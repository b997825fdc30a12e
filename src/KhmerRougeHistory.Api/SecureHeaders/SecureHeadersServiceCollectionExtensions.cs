using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KhmerRougeHistory.Api.SecureHeaders;

public static class SecureHeadersServiceCollectionExtensions
{
    /// <summary>
    /// Turns off Kestrel's <c>Server</c> header, which names the server software to anyone who asks and helps no
    /// client. Kestrel writes it after the application's last word on the headers, so it cannot be removed by
    /// middleware, only not added. <see cref="SecureHeadersApplicationBuilderExtensions.UseSecureHeaders"/> adds
    /// the other headers.
    /// </summary>
    public static IServiceCollection AddSecureHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }
}
