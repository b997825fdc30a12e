using KhmerRougeHistory.Api.Caching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhmerRougeHistory.Api.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// Registers bulk export (<see cref="ExportEndpoints.MapHistoryExport"/>) with its <see cref="ExportOptions"/>
    /// (section <c>Export</c>): the catalog of the data version's files (the SQLite file when the API serves one, JSON
    /// Lines, a Frictionless data package of CSV files), their ETags and the charge of downloads to the client's
    /// rate-limit bucket by bytes sent. Needs <see cref="Model.ModelServiceCollectionExtensions.AddHistoryDatabase"/>,
    /// <see cref="CachingServiceCollectionExtensions.AddGraphQLResponseCaching"/> (its caching options) and
    /// <see cref="RateLimiting.RateLimitingServiceCollectionExtensions.AddHistoryRateLimiting"/>.
    /// </summary>
    public static IServiceCollection AddHistoryExport(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataVersion>();
        services.TryAddSingleton<ExportCatalog>();
        services.TryAddSingleton<ExportEntityTags>();
        services.TryAddSingleton<ExportRateCharge>();
        services.TryAddSingleton<ExportDownload>();
        return services;
    }
}
