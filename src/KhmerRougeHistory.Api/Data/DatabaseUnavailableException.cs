namespace KhmerRougeHistory.Api.Data;

/// <summary>The API cannot serve: the database is missing, broken or cannot be built. The message says why and what to do.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? cause = null) : Exception(message, cause);
