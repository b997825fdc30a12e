using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data;

/// <summary>The resolved location of the database file and of the data it is built from.</summary>
public sealed class HistoryDatabase(string filePath, string dataDirectory)
{
    public string FilePath { get; } = filePath;

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The API only ever reads: SQLite itself refuses any write on this connection.</summary>
    public string ReadOnlyConnectionString { get; } =
        new SqliteConnectionStringBuilder { DataSource = filePath, Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private }.ToString();

    public static HistoryDatabase Resolve(string? connectionString, string contentRoot, string? dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? "Data Source=history.db");
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} must name a database file, e.g. 'Data Source=history.db'.");
        }

        var file = Path.GetFullPath(builder.DataSource, contentRoot);
        var data = Path.GetFullPath(dataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data"), contentRoot);
        return new HistoryDatabase(file, data);
    }
}
