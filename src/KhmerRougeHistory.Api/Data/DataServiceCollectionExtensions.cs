using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the history database: its engine and location (from <c>ConnectionStrings:History</c> and
    /// <see cref="DatabaseOptions"/>: a SQLite file by default, or a PostgreSQL schema) and a read-only, no-tracking <see cref="HistoryDbContext"/> with its factory
    /// (batch loaders open a short-lived context each, so resolvers running side by side never share one).
    /// EF Core interceptors registered as <see cref="IInterceptor"/> services (tracing, tests' SQL recorder) are applied.
    /// </summary>
    public static IServiceCollection AddHistoryDatabase(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => HistoryDatabase.Resolve(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddDbContextFactory<HistoryDbContext>((sp, options) => options
            .UseHistoryDatabase(sp.GetRequiredService<HistoryDatabase>(), readOnly: true)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        return services;
    }
}
