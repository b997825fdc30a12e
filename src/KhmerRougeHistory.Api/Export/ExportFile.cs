namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// One downloadable file of the current data version. Files whose length is known in advance (the database, the
/// descriptor) get <c>Content-Length</c> and byte ranges; the generated ones are written as their rows are read.
/// </summary>
internal abstract class ExportFile(string name, string mediaType, string description)
{
    /// <summary>The file name, which carries the data version, e.g. <c>khmer-rouge-history-&lt;version&gt;.jsonl</c>.</summary>
    public string Name { get; } = name;

    public string MediaType { get; } = mediaType;

    public string Description { get; } = description;

    /// <summary>The length in bytes when it is known before writing; null for files generated while they are sent.</summary>
    public virtual long? Length => null;

    /// <summary>Whether browsers should save it (<c>Content-Disposition: attachment</c>) rather than show it.</summary>
    public virtual bool IsDownload => true;

    /// <summary>Writes the whole file, as it goes: nothing but the current row is held in memory.</summary>
    public abstract Task WriteAsync(Stream destination, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="count"/> bytes from <paramref name="offset"/>; only files with a <see cref="Length"/>.</summary>
    public virtual Task WriteRangeAsync(Stream destination, long offset, long count, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{Name} is generated as it is sent and has no byte ranges.");
}
