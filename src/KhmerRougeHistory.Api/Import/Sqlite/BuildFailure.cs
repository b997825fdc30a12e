using KhmerRougeHistory.Api.Data.Files;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Import.Sqlite;

/// <summary>Turns what the file system or SQLite threw during a build into the cause an operator acts on.</summary>
internal static class BuildFailure
{
    // errno values .NET reports as the HResult of an IOException on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    public static SqliteBuildException? Explain(Exception e, string databasePath)
    {
        var directory = Path.GetDirectoryName(databasePath);
        return e switch
        {
            SqliteException { SqliteErrorCode: SqliteErrors.Full } or IOException { HResult: NoSpace } =>
                new SqliteBuildException($"Cannot build the history database {databasePath}: the disk holding {directory} is full ({e.Message}).", e),
            UnauthorizedAccessException or IOException { HResult: ReadOnlyFileSystem }
                or SqliteException { SqliteErrorCode: SqliteErrors.CannotOpen or SqliteErrors.ReadOnly } =>
                new SqliteBuildException(
                    $"Cannot build the history database {databasePath}: this process (user {Environment.UserName}) cannot write to {directory} ({e.Message}). " +
                    "Make the directory writable, or build the database in advance with 'import --output' and turn Database:BuildOnStartup off.", e),
            SqliteException { SqliteErrorCode: SqliteErrors.IOError } or IOException =>
                new SqliteBuildException($"Cannot build the history database {databasePath}: writing to {directory} failed ({e.Message}).", e),
            _ => null,
        };
    }
}
