namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// A file of a few kilobytes (the listing, datapackage.json) built whole before it is sent, so that it has a
/// <c>Content-Length</c> and byte ranges like a stored file. Never a data file: those are streamed.
/// </summary>
internal abstract class SmallExportFile(string name, string mediaType, string description, byte[] bytes) : ExportFile(name, mediaType, description)
{
    public override long? Length => bytes.Length;

    public override Task WriteAsync(Stream destination, CancellationToken cancellationToken) =>
        WriteRangeAsync(destination, 0, bytes.Length, cancellationToken);

    public override async Task WriteRangeAsync(Stream destination, long offset, long count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(bytes.AsMemory((int)offset, (int)count), cancellationToken);
    }
}
