using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// Tells what a SQLite history file is, without writing anything beside it: missing, unreadable, not a SQLite file,
/// truncated, in write-ahead-log mode, failing <c>quick_check</c>, or a database with its data version.
/// </summary>
public static class SqliteFileInspector
{
    // https://www.sqlite.org/fileformat.html#the_database_header
    private const int HeaderLength = 100;
    private static readonly byte[] _magic = "SQLite format 3\0"u8.ToArray();

    public static async Task<DatabaseCondition> InspectAsync(string path, bool checkIntegrity, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderLength];
        long length;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = file.Length;
            await file.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return new(DatabaseProblem.Missing, $"The history database {path} does not exist.");
        }
        catch (DirectoryNotFoundException)
        {
            return new(DatabaseProblem.Missing, $"The history database {path} does not exist (nor does its directory).");
        }
        catch (UnauthorizedAccessException)
        {
            return new(DatabaseProblem.Unreadable, $"The history database {path} cannot be read by this process (user {Environment.UserName}): permission denied.");
        }
        catch (IOException e)
        {
            return new(DatabaseProblem.Unreadable, $"The history database {path} cannot be read: {e.Message}");
        }

        if (length < HeaderLength || !header.AsSpan(0, _magic.Length).SequenceEqual(_magic))
        {
            return new(DatabaseProblem.NotADatabase, $"The history database {path} is not a SQLite database ({length} bytes without SQLite's header): the file is corrupt or something else was written there.");
        }

        var pageSize = PageSize(header);
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28, 4));
        if ((long)pageSize * pages > length)
        {
            return new(DatabaseProblem.Truncated, $"The history database {path} is truncated: its header counts {pages} pages of {pageSize} bytes ({(long)pageSize * pages} bytes) but the file holds {length}.");
        }

        // Bytes 18 and 19 are 2 in write-ahead-log mode, which a read-only process can only open by creating -shm beside it.
        if (header[18] == 2 || header[19] == 2)
        {
            return new(DatabaseProblem.OlderFormat, $"The history database {path} is in write-ahead-log mode (built by an older importer): read-only storage cannot serve it.");
        }

        return await QueryAsync(path, checkIntegrity, cancellationToken);
    }

    private static async Task<DatabaseCondition> QueryAsync(string path, bool checkIntegrity, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(SqliteConnectionStrings.Inspecting(path));
            await connection.OpenAsync(cancellationToken);
            if (checkIntegrity && await ScalarAsync(connection, "PRAGMA quick_check(1)", cancellationToken) is not "ok" and var result)
            {
                return new(DatabaseProblem.Corrupt, $"The history database {path} fails SQLite's quick_check: {result}");
            }

            return await ScalarAsync(connection, "SELECT DataHash FROM DatasetInfo WHERE Id = 1", cancellationToken) is string hash
                ? new(DatabaseProblem.None, $"The history database {path} opens read-only (data {hash}).", hash)
                : new(DatabaseProblem.Corrupt, $"The history database {path} has no data version: it is not a complete build of the importer's.");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteErrors.Corrupt or SqliteErrors.NotADatabase)
        {
            return new(DatabaseProblem.Corrupt, $"The history database {path} is corrupt: {e.Message}");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteErrors.Error)
        {
            // "no such table": a SQLite file, but not one the importer finished.
            return new(DatabaseProblem.Corrupt, $"The history database {path} is not a complete build of the importer's: {e.Message}");
        }
        catch (SqliteException e)
        {
            return new(DatabaseProblem.Unreadable, $"The history database {path} cannot be opened read-only: {e.Message}");
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    // Stored big-endian in bytes 16 and 17; the value 1 means 65,536.
    private static int PageSize(byte[] header) =>
        BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16, 2)) is var size && size == 1 ? 65_536 : size;
}
