using System.Buffers;

namespace KhmerRougeHistory.Api.Http;

/// <summary>Bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; disposing gives the buffer back.</summary>
internal sealed class RentedBytes(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(RentedBytes))).AsMemory(0, length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
