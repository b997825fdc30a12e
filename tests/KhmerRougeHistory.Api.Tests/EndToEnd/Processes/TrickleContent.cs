using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// A JSON request body sent a little at a time, as a slow client sends it: the request stays in flight for as long as
/// the upload lasts. Fast enough for Kestrel's minimum body data rate (240 bytes/s), so only shutdown ends it early.
/// </summary>
public sealed class TrickleContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly int _bytesPerChunk;
    private readonly TimeSpan _interval;

    public TrickleContent(string json, int bytesPerChunk, TimeSpan interval)
    {
        _bytes = Encoding.UTF8.GetBytes(json);
        _bytesPerChunk = bytesPerChunk;
        _interval = interval;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    /// <summary>A valid GraphQL request padded with an extension the server ignores to <paramref name="length"/> bytes.</summary>
    public static string PaddedQuery(int length)
    {
        const string Head = "{\"query\": \"{ __typename }\", \"extensions\": {\"padding\": \"";
        const string Tail = "\"}}";
        return Head + new string('x', length - Head.Length - Tail.Length) + Tail;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += _bytesPerChunk)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(_bytesPerChunk, _bytes.Length - offset)));
            await stream.FlushAsync();
            await Task.Delay(_interval);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return true;
    }
}
