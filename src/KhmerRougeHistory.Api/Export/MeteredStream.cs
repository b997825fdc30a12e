namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The response body of a download, counting the bytes that go out (after compression: what the connection carries)
/// and charging the client a token per <see cref="ExportRateCharge.BytesPerToken"/> started, as they go. The admission
/// token paid for the first of them, so a download costs max(1, ⌈bytes / BytesPerToken⌉): a listing or a small file
/// costs what a small GraphQL request does.
/// </summary>
internal sealed class MeteredStream(Stream body, ExportRateCharge charge, string client, CancellationToken cancellationToken) : Stream
{
    private long _charged = 1;

    /// <summary>Bytes written so far.</summary>
    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken token = default)
    {
        await body.WriteAsync(buffer, token);
        Written += buffer.Length;
        await SettleAsync();
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken token) =>
        WriteAsync(buffer.AsMemory(offset, count), token).AsTask();

    /// <summary>Counted now, charged with the next asynchronous write or <see cref="SettleAsync"/>.</summary>
    public override void Write(byte[] buffer, int offset, int count)
    {
        body.Write(buffer, offset, count);
        Written += count;
    }

    public override Task FlushAsync(CancellationToken token) => body.FlushAsync(token);

    public override void Flush() => body.Flush();

    /// <summary>Charges what the bytes written so far owe: a token per started <see cref="ExportRateCharge.BytesPerToken"/>.</summary>
    public async ValueTask SettleAsync()
    {
        var owed = ((Written + charge.BytesPerToken - 1) / charge.BytesPerToken) - _charged;
        if (owed > 0)
        {
            _charged += owed;
            await charge.ChargeAsync(client, owed, cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
