using System.Net;
using GraphQL.DI;
using KhmerRougeHistory.Api.RateLimiting.Redis;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="RateLimitingApplicationBuilderExtensions.UseHistoryRateLimiting"/> needs: the
    /// <see cref="RateLimitingOptions"/> (section <c>RateLimiting</c>), the per-client token buckets (in this process,
    /// or shared by every replica in Redis when <c>ConnectionStrings:RateLimitStore</c> is set, see
    /// <see cref="RateLimitStoreOptions"/>), the charge of each request's cost after validation, the cap on concurrent
    /// GraphQL executions, and forwarded-header options that trust exactly the configured proxies.
    /// </summary>
    public static IServiceCollection AddHistoryRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RateLimitingOptions>>((forwarded, options) => TrustOnly(forwarded, options.Value));
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ProcessClientBudget>();
        services.AddRateLimitStore();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, GraphQLConcurrencyLimit>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, RequestCostCharge>());
        return services;
    }

    /// <summary>ASP.NET Core trusts loopback by default; here only the proxies named in the options count.</summary>
    private static void TrustOnly(ForwardedHeadersOptions forwarded, RateLimitingOptions options)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
        forwarded.ForwardLimit = options.ForwardLimit;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.TrustedProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in options.TrustedNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
