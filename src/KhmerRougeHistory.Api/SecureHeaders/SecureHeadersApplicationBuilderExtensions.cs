using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.SecureHeaders;

public static class SecureHeadersApplicationBuilderExtensions
{
    /// <summary>
    /// Gives every response <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c> and, unless
    /// the handler chose one (the IDE's, <c>Ide/BananaCakePopContentSecurityPolicy</c>), the API's
    /// <see cref="ContentSecurityPolicies.Api"/>. The headers are set as the response starts, so responses that
    /// later middleware ends early (429, 503, CORS preflights) or clears carry them too; call it first. Needs
    /// <see cref="SecureHeadersServiceCollectionExtensions.AddSecureHeaders"/>.
    /// </summary>
    public static IApplicationBuilder UseSecureHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<IOptions<KestrelServerOptions>>()?.Value.AddServerHeader != false)
        {
            throw new InvalidOperationException(
                "UseSecureHeaders needs Kestrel's Server header off: call builder.Services.AddSecureHeaders() before builder.Build().");
        }

        return app.UseMiddleware<SecureHeadersMiddleware>();
    }
}
