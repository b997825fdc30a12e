using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Data.Postgres;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Model;

public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the history database: its engine and location (from <c>ConnectionStrings:History</c> and
    /// <see cref="DatabaseOptions"/>: a SQLite file by default, or a PostgreSQL schema) and a read-only, no-tracking <see cref="HistoryDbContext"/> with its factory
    /// (batch loaders open a short-lived context each, so resolvers running side by side never share one).
    /// EF Core interceptors registered as <see cref="IInterceptor"/> services (tracing, tests' SQL recorder) are applied.
    /// </summary>
    public static IServiceCollection AddHistoryDatabase(this IServiceCollection services)
    {
        SqliteProcessSettings.Apply();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => HistoryDatabase.Resolve(
            sp.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddPooledDbContextFactory<HistoryDbContext>((sp, options) => options
            // Key lists stay EF Core's default on SQLite, one parameter per key: a single JSON-array parameter
            // (json_each) would let EF Core reuse its SQL text, but SQLite then guesses the list's size and seeks the
            // wrong index (a subject's names by the Name property across all subjects: 80 ms instead of 0 on a million claims).
            .UseHistoryDatabase(sp.GetRequiredService<HistoryDatabase>(), readOnly: true)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(sp.GetServices<IInterceptor>()));

        // The batch loaders' path: the model's tables read with plain commands on kept connections (Sql/).
        services.AddSingleton(sp =>
        {
            using var db = sp.GetRequiredService<IDbContextFactory<HistoryDbContext>>().CreateDbContext();
            return new EntityTables(db.Model);
        });
        services.AddSingleton<IReadConnections>(sp => sp.GetRequiredService<HistoryDatabase>() is var database && database.Provider == DatabaseProvider.PostgreSql
            ? new PostgresReadConnections(database)
            : new SqliteReadConnections(database));
        services.AddSingleton<SqlDialect>(sp => sp.GetRequiredService<HistoryDatabase>().Provider == DatabaseProvider.PostgreSql
            ? PostgresDialect.Instance
            : SqliteDialect.Instance);
        services.AddSingleton<SqlRows>();
        services.AddSingleton<SqlPredicateWriter>();
        return services;
    }
}
