using System.Data.Common;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Files;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>
/// The SQLite data path runs its statements on SQLite's own prepared statements (<see cref="SqlitePreparedStatement"/>,
/// <see cref="SqliteRowReader"/>), not through Microsoft.Data.Sqlite's reader. It must bind and read as that reader
/// does (compared column by column on the same statements), start a statement run again from its first row, stay at
/// the end once there, refuse what it cannot read instead of answering NULL, and keep SQLite's errors and interruption
/// as <see cref="SqliteException"/>s, after which the connection still serves.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SqliteRowReaderTests(CuratedDatabase database) : IDisposable
{
    private static readonly string _khmer = "ទួលស្លែង";
    private static readonly string _long = string.Concat(Enumerable.Repeat("សន្តិសុខ 21 ", 60));

    private readonly SqliteReadConnections _connections = new(new HistoryDatabase(database.FilePath, RepositoryPaths.DataDirectory));

    public static TheoryData<string, object?[]> Statements() => new()
    {
        { "SELECT NULL, '', 'ទួល', 42, -7, 2.5, 1e300, 9223372036854775807, '1975'", [] },
        { "SELECT @p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9", [null, "", _khmer, _long, true, false, 1975, 17_000_000_000L, 0.25, new DateOnly(1979, 1, 7)] },
        { "SELECT @p1, @p0, @p1 || @p0", ["a", "b"] },
        { "SELECT Key, Label, Kind, Description, SortStart, SortEnd FROM Subjects WHERE Label >= @p0 ORDER BY Key LIMIT 5", ["K"] },
        { "SELECT * FROM Claims ORDER BY Id LIMIT 40", [] },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Rows_ReadAsMicrosoftDataSqliteReadsThem(string sql, object?[] values)
    {
        var expected = await ReadWithMicrosoftDataSqlite(sql, values);

        var rows = await new SqlRows(_connections, []).ReadAsync(new SqlStatement(sql, values), Describe, CancellationToken.None);

        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Connections_ReadTheFileThroughAMemoryMap()
    {
        var rows = await new SqlRows(_connections, []).ReadAsync(new SqlStatement("PRAGMA mmap_size", []), reader => reader.GetInt64(0), CancellationToken.None);

        Assert.True(Assert.Single(rows) >= 1L << 30, $"mmap_size {rows[0]}");
    }

    [Fact]
    public async Task AStatementRunAgain_IsNotPreparedAgain_ThoughItsLimitIsAParameter()
    {
        // SQLite plans with a bound LIMIT's value, so binding it (or clearing it) expires the statement: unless the
        // value changed, it must stay bound and the statement stay prepared.
        const string Sql = "SELECT Key FROM Subjects WHERE Label >= @p0 ORDER BY Key LIMIT @p1";
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        var runs = new List<List<string>>();
        var reprepared = 0;
        foreach (var values in new object?[][] { ["K", 5], ["K", 5], ["K", 5], ["K", 5], ["P", 3], ["P", 3] })
        {
            await using var reader = (SqliteRowReader)await connection.ExecuteReaderAsync(connection.Command(Sql, values), CancellationToken.None);
            var keys = new List<string>();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }

            runs.Add(keys);
            reprepared = reader.Statement.Reprepared;
        }

        Assert.Equal(await ReadWithMicrosoftDataSqlite(Sql, ["K", 5], reader => reader.GetString(0)), runs[0]);
        Assert.All(runs.Take(4), run => Assert.Equal(runs[0], run));
        Assert.Equal(await ReadWithMicrosoftDataSqlite(Sql, ["P", 3], reader => reader.GetString(0)), runs[5]);
        Assert.Equal(runs[4], runs[5]);
        Assert.InRange(reprepared, 0, 2);
    }

    [Fact]
    public async Task Statement_RunAgainAfterAnEarlyStop_StartsFromItsFirstRow()
    {
        const string Sql = "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) ORDER BY value";

        await using (var connection = await _connections.OpenAsync(CancellationToken.None))
        {
            var command = connection.Command(Sql, []);
            await using var reader = await connection.ExecuteReaderAsync(command, CancellationToken.None);
            Assert.True(await reader.ReadAsync());
            Assert.Equal(1, reader.GetInt32(0));
        }

        var rows = await new SqlRows(_connections, []).ReadAsync(new SqlStatement(Sql, []), reader => reader.GetInt32(0), CancellationToken.None);

        Assert.Equal([1, 2, 3], rows);
    }

    [Fact]
    public async Task Errors_AreSqliteExceptions_AndTheConnectionsStillServe()
    {
        var rows = new SqlRows(_connections, []);
        const string Endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";

        var invalid = await Assert.ThrowsAsync<SqliteException>(() => rows.ReadAsync(new SqlStatement("SELECT FROM nowhere", []), r => r.GetString(0), CancellationToken.None));
        var uncovered = await Assert.ThrowsAsync<ArgumentException>(() => rows.ReadAsync(new SqlStatement("SELECT @p0, @p1", ["only one"]), r => r.GetString(0), CancellationToken.None));
        var overflow = await Assert.ThrowsAsync<OverflowException>(() => rows.ReadAsync(new SqlStatement("SELECT 9223372036854775807", []), r => r.GetInt32(0), CancellationToken.None));
        var onNull = await Assert.ThrowsAsync<InvalidOperationException>(() => rows.ReadAsync(new SqlStatement("SELECT NULL", []), r => r.GetString(0), CancellationToken.None));
        var pastTheLast = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => rows.ReadAsync(new SqlStatement("SELECT 1, 2", []), r => r.IsDBNull(2), CancellationToken.None));
        using (var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            var interrupted = await Assert.ThrowsAsync<SqliteException>(() => rows.ReadAsync(new SqlStatement(Endless, []), r => r.GetInt64(0), soon.Token))
                .WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(9, interrupted.SqliteErrorCode); // SQLITE_INTERRUPT
        }

        var after = await rows.ReadAsync(new SqlStatement("SELECT count(*) FROM Subjects WHERE Label <> @p0", [""]), r => r.GetInt64(0), CancellationToken.None);

        Assert.Equal(SqliteErrors.Error, invalid.SqliteErrorCode);
        Assert.Contains("@p0 to @p0", uncovered.Message, StringComparison.Ordinal);
        Assert.Equal(2, pastTheLast.ActualValue);
        Assert.True(after.Single() > 0);
    }

    [Fact]
    public async Task Reader_AfterItsLastRow_StaysAtTheEnd_AndReadsDatesAsMicrosoftDataSqlite()
    {
        const string Sql = "SELECT '1975-04-17', '1979-01-07'";
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        var command = connection.Command(Sql, []);
        await using var reader = await connection.ExecuteReaderAsync(command, CancellationToken.None);
        var expected = await ReadWithMicrosoftDataSqlite(Sql, [], r => (r.GetFieldValue<DateOnly>(0), r.GetFieldValue<DateOnly>(1)));

        Assert.True(await reader.ReadAsync());
        Assert.Equal(expected, [(reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1))]);
        Assert.False(await reader.ReadAsync());
        Assert.False(await reader.ReadAsync());
        // Its rows are read, but its reader is open: the connection makes no other statement meanwhile.
        Assert.Throws<InvalidOperationException>(() => connection.Command("SELECT 1", []));
    }

    public void Dispose() => _connections.Dispose();

    /// <summary>Every column of a row as each getter reads it: its NULL test, its text and, where SQLite says it is a number, its number.</summary>
    private static string Describe(DbDataReader reader) => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
        reader.IsDBNull(i)
            ? "NULL"
            : reader.GetValue(i) switch
            {
                long number => $"{number} {reader.GetInt64(i)} {reader.GetDouble(i)} {reader.GetBoolean(i)} '{reader.GetString(i)}'",
                double number => $"{number:R} {reader.GetDouble(i):R} {reader.GetInt64(i)} '{reader.GetString(i)}'",
                var other => $"'{reader.GetString(i)}' ({other.GetType().Name})",
            }));

    private Task<List<string>> ReadWithMicrosoftDataSqlite(string sql, object?[] values) => ReadWithMicrosoftDataSqlite(sql, values, Describe);

    private async Task<List<T>> ReadWithMicrosoftDataSqlite<T>(string sql, object?[] values, Func<DbDataReader, T> read)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.ReadOnly(database.FilePath, pooling: false));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("@p" + i, values[i] ?? DBNull.Value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
