using KhmerRougeHistory.Api.Data.Files;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Import.Sqlite;

/// <summary>Turns what the file system or SQLite threw during a build into the cause an operator acts on.</summary>
internal static class BuildFailure
{
    // errno values .NET reports as the HResult of an IOException on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>
    /// The cause of <paramref name="failure"/> or of the first exception it wraps that has one (EF Core wraps what
    /// SQLite says during <c>SaveChanges</c> in a <c>DbUpdateException</c>); null when none is a storage problem.
    /// </summary>
    public static SqliteBuildException? Explain(Exception failure, string databasePath)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (ExplainOne(e, databasePath) is { } explained)
            {
                return explained;
            }
        }

        return null;
    }

    private static SqliteBuildException? ExplainOne(Exception e, string databasePath)
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
