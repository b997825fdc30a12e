using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// Makes a cancellation token stop the statement running on a SQLite connection. Microsoft.Data.Sqlite checks the
/// token only before a statement starts (its <c>SqliteCommand.Cancel</c> does nothing); <c>sqlite3_interrupt</c> stops
/// one that runs, with SQLite's "interrupted" error. Dispose the registration before the connection can serve anyone
/// else: disposing waits for a callback under way, so no interrupt reaches the connection afterwards.
/// </summary>
internal static class SqliteInterrupt
{
    // A token that is already cancelled runs the callback at once, while nothing runs yet: sqlite3_interrupt is then a
    // no-op, and the reader refuses to step (it checks the token before each step). A token cancelled between that check
    // and the step's start is missed the same way; the step then runs to its next row.
    public static CancellationTokenRegistration On(SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => Interrupt((SqliteConnection)state!), connection)
            : default;

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            raw.sqlite3_interrupt(handle);
        }
    }
}
