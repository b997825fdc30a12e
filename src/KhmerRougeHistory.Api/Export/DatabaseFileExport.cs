using KhmerRougeHistory.Api.Data;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The SQLite file the API serves, byte for byte. It is never written while served (a rebuild writes a new file and
/// renames it into place before the API starts), so its bytes are the data version's.
/// </summary>
internal sealed class DatabaseFileExport(string name, HistoryDatabase database) : ExportFile(
    name,
    "application/vnd.sqlite3",
    "The SQLite database the API serves, byte for byte: every table, index and the search index. Open it with sqlite3, R (RSQLite) or Python (sqlite3).")
{
    private const int BufferSize = 81_920;

    public override long? Length => Target().Length;

    public override Task WriteAsync(Stream destination, CancellationToken cancellationToken) =>
        WriteRangeAsync(destination, 0, Length!.Value, cancellationToken);

    public override async Task WriteRangeAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var file = new FileStream(Target().FullName, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        });
        file.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[BufferSize];
        while (count > 0)
        {
            var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            count -= read;
        }
    }

    /// <summary>
    /// The file itself, not a symbolic link to it (volume mounts often are links): a link's own length is that of
    /// the path it holds, which would cut the download short.
    /// </summary>
    private FileInfo Target()
    {
        var file = new FileInfo(database.FilePath);
        return file.LinkTarget is null ? file : (FileInfo)(file.ResolveLinkTarget(returnFinalTarget: true) ?? file);
    }
}
