using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>
/// The real application (its <c>Program</c>, services and middleware) over a database: the one test host. A test says
/// what it changes with the verbs, before the first request: settings (<see cref="With(string, string?)"/>), services
/// added before the application's own (<see cref="WithServices"/>) or replacing them (<see cref="WithTestServices"/>),
/// the SQL statements recorded (<see cref="RecordingSql"/>), the rate limit lifted (<see cref="Unthrottled"/>);
/// <see cref="OnPostgres"/> serves a PostgreSQL schema instead of a SQLite file.
/// </summary>
public sealed class HistoryApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<Action<IServiceCollection>> _testServices = [];

    /// <summary>The application over a SQLite file, built from <paramref name="dataDirectory"/> (the curated data) when needed.</summary>
    public HistoryApiFactory(string databasePath, string? dataDirectory = null, bool buildOnStartup = true, SqlRecorder? sqlRecorder = null)
    {
        With("ConnectionStrings:History", $"Data Source={databasePath}");
        With("Database:DataDirectory", dataDirectory ?? RepositoryPaths.DataDirectory);
        With("Database:BuildOnStartup", buildOnStartup ? "true" : "false");
        if (sqlRecorder is not null)
        {
            RecordingSql(sqlRecorder);
        }
    }

    private HistoryApiFactory()
    {
    }

    /// <summary>The application on PostgreSQL, serving <paramref name="schema"/> of the test server (or of <paramref name="connectionString"/>).</summary>
    public static HistoryApiFactory OnPostgres(string schema, bool buildOnStartup = false, string? connectionString = null) => new HistoryApiFactory()
        .With("Database:Provider", "PostgreSql")
        .With("ConnectionStrings:History", connectionString ?? Postgres.PostgresServer.RequiredConnectionString)
        .With("Database:Schema", schema)
        .With("Database:DataDirectory", RepositoryPaths.DataDirectory)
        .With("Database:BuildOnStartup", buildOnStartup ? "true" : "false")
        // The comparisons send many requests from one client; what they check is the data, not the rate limit.
        .Unthrottled();

    /// <summary>A configuration setting, as an environment variable or <c>appsettings.json</c> would give it.</summary>
    public HistoryApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HistoryApiFactory With(IEnumerable<KeyValuePair<string, string>> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (key, value) in settings)
        {
            With(key, value);
        }

        return this;
    }

    /// <summary>Services registered before the application's own (the application's <c>TryAdd</c>s then keep them).</summary>
    public HistoryApiFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Services registered after the application's own: they replace what the application registered.</summary>
    public HistoryApiFactory WithTestServices(Action<IServiceCollection> configure)
    {
        _testServices.Add(configure);
        return this;
    }

    /// <summary>Every SQL statement the application runs goes to <paramref name="recorder"/>.</summary>
    public HistoryApiFactory RecordingSql(SqlRecorder recorder) => WithServices(services => services.AddStatementObserver(recorder));

    /// <summary>The per-client rate limit out of the way, for tests that send many or expensive requests on purpose.</summary>
    public HistoryApiFactory Unthrottled() => With("RateLimiting:TokenLimit", $"{int.MaxValue}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => _services.ForEach(configure => configure(services)));
        builder.ConfigureTestServices(services => _testServices.ForEach(configure => configure(services)));
    }
}
