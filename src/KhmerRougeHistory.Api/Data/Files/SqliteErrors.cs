namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>SQLite's primary result codes that tell the causes apart (https://www.sqlite.org/rescode.html).</summary>
internal static class SqliteErrors
{
    public const int Error = 1;
    public const int ReadOnly = 8;
    public const int IOError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;
}
