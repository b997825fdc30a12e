namespace KhmerRougeHistory.Api.Data;

/// <summary>Which database engine holds the history (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file beside the application, built from the curated data (the default).</summary>
    Sqlite,

    /// <summary>A schema in a PostgreSQL database that operators share between replicas.</summary>
    PostgreSql,
}
