using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Cors;

public static class CorsServiceCollectionExtensions
{
    /// <summary>The name of the CORS policy that <see cref="CorsApplicationBuilderExtensions.UseHistoryCors"/> applies.</summary>
    public const string PolicyName = "PublicReadOnly";

    /// <summary>
    /// Request headers a GraphQL client may send cross-origin, beyond the CORS-safelisted ones; <c>Range</c> and
    /// <c>If-Range</c> resume an export download.
    /// </summary>
    internal static readonly string[] AllowedHeaders =
        [HeaderNames.ContentType, HeaderNames.Accept, "GraphQL-Preflight", "GraphQL-Cost", HeaderNames.IfNoneMatch, HeaderNames.Range, HeaderNames.IfRange];

    /// <summary>Response headers a cross-origin script may read, beyond the CORS-safelisted ones; the last four are the export's.</summary>
    internal static readonly string[] ExposedHeaders =
        [HeaderNames.ETag, HeaderNames.RetryAfter, "RateLimit", "RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
            HeaderNames.ContentRange, HeaderNames.AcceptRanges, HeaderNames.ContentDisposition, HeaderNames.ContentEncoding];

    /// <summary>
    /// Registers the CORS policy <see cref="PolicyName"/> with its <see cref="CorsPolicyOptions"/> (section
    /// <c>Cors</c>): any origin, no credentials, GET, POST and OPTIONS, the headers GraphQL clients send
    /// (<c>Content-Type</c>, <c>Accept</c>, <c>GraphQL-Preflight</c>, <c>GraphQL-Cost</c>, <c>If-None-Match</c>) and
    /// <c>Range</c>/<c>If-Range</c> for export downloads, and <c>ETag</c>, <c>Retry-After</c>, the <c>RateLimit</c> headers and the
    /// download headers (<c>Content-Range</c>, <c>Accept-Ranges</c>, <c>Content-Disposition</c>, <c>Content-Encoding</c>) readable by scripts.
    /// </summary>
    public static IServiceCollection AddHistoryCors(this IServiceCollection services)
    {
        services.AddOptions<CorsPolicyOptions>().BindConfiguration(CorsPolicyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsPolicyOptions>>((cors, policy) => cors.AddPolicy(PolicyName, builder => builder
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(policy.Value.PreflightMaxAge))));
        return services;
    }
}
