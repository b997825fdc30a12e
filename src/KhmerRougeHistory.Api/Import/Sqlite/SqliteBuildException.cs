namespace KhmerRougeHistory.Api.Import.Sqlite;

/// <summary>Why a SQLite history file could not be built, in a sentence that names the place and the cause.</summary>
public sealed class SqliteBuildException(string message, Exception? cause = null) : Exception(message, cause);
