using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Where a generated file's records go: a pipe over the response stream that sends a batch whenever
/// <see cref="FlushThreshold"/> bytes are waiting. Memory stays at one batch whatever the file's size, and the
/// response is not written in one system call per record.
/// </summary>
internal sealed class RecordOutput : IAsyncDisposable
{
    /// <summary>About a TCP window: large enough to keep the connection busy, small enough not to matter.</summary>
    public const int FlushThreshold = 64 * 1024;

    private readonly PipeWriter _pipe;

    public RecordOutput(Stream destination) =>
        _pipe = PipeWriter.Create(destination, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));

    /// <summary>Where a <see cref="System.Text.Json.Utf8JsonWriter"/> or the CSV writer puts a record's bytes.</summary>
    public IBufferWriter<byte> Writer => _pipe;

    public void Write(ReadOnlySpan<byte> bytes) => _pipe.Write(bytes);

    public void Write(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = _pipe.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _pipe.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    /// <summary>Called after each record: sends the batch once it is large enough, and waits while the client is slow.</summary>
    public async ValueTask EndRecordAsync(CancellationToken cancellationToken)
    {
        if (_pipe.UnflushedBytes >= FlushThreshold)
        {
            await _pipe.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Sends what is left; the caller then completes the stream below (a compressor writes its end there).</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _pipe.FlushAsync(cancellationToken);
        await _pipe.CompleteAsync();
    }

    public ValueTask DisposeAsync() => _pipe.CompleteAsync();
}
