using KhmerRougeHistory.Api.Data.Postgres;
using KhmerRougeHistory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Data;

public static class HistoryDbContextOptions
{
    /// <summary>
    /// Points a <see cref="HistoryDbContext"/> at <paramref name="database"/> through its engine's provider: read-only
    /// for the API, writable for the importer. On PostgreSQL it also makes queries mean what they mean on SQLite
    /// (see <see cref="PostgresQueryCompatibility"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseHistoryDatabase(this DbContextOptionsBuilder options, HistoryDatabase database, bool readOnly = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = readOnly ? database.ReadOnlyConnectionString : database.WritableConnectionString;
        return database.Provider == DatabaseProvider.PostgreSql
            ? PostgresQueryCompatibility.UseNpgsql(options, connectionString)
            : options.UseSqlite(connectionString);
    }
}
