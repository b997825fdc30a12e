using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Cors;

public static class CorsServiceCollectionExtensions
{
    /// <summary>The name of the CORS policy that <see cref="CorsApplicationBuilderExtensions.UseHistoryCors"/> applies.</summary>
    public const string PolicyName = "PublicReadOnly";

    /// <summary>Request headers a GraphQL client may send cross-origin, beyond the CORS-safelisted ones.</summary>
    internal static readonly string[] AllowedHeaders =
        [HeaderNames.ContentType, HeaderNames.Accept, "GraphQL-Preflight", "GraphQL-Cost", HeaderNames.IfNoneMatch];

    /// <summary>Response headers a cross-origin script may read, beyond the CORS-safelisted ones.</summary>
    internal static readonly string[] ExposedHeaders =
        [HeaderNames.ETag, HeaderNames.RetryAfter, "RateLimit", "RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

    /// <summary>
    /// Registers the CORS policy <see cref="PolicyName"/> with its <see cref="CorsPolicyOptions"/> (section
    /// <c>Cors</c>): any origin, no credentials, GET, POST and OPTIONS, the headers GraphQL clients send
    /// (<c>Content-Type</c>, <c>Accept</c>, <c>GraphQL-Preflight</c>, <c>GraphQL-Cost</c>, <c>If-None-Match</c>),
    /// and <c>ETag</c>, <c>Retry-After</c> and the <c>RateLimit</c> headers readable by scripts.
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
