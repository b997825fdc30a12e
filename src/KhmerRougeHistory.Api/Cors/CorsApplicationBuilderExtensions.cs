using Microsoft.AspNetCore.Cors.Infrastructure;

namespace KhmerRougeHistory.Api.Cors;

public static class CorsApplicationBuilderExtensions
{
    /// <summary>
    /// Applies the <see cref="CorsServiceCollectionExtensions.PolicyName"/> policy to every response and answers
    /// preflight requests (204) before any later middleware or endpoint runs. Needs
    /// <see cref="CorsServiceCollectionExtensions.AddHistoryCors"/>.
    /// </summary>
    public static IApplicationBuilder UseHistoryCors(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.ApplicationServices.GetService<ICorsService>()
            ?? throw new InvalidOperationException("UseHistoryCors needs the CORS services: call builder.Services.AddHistoryCors() before builder.Build().");
        return app.UseCors(CorsServiceCollectionExtensions.PolicyName);
    }
}
