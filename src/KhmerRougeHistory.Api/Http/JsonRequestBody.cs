using System.Buffers;
using KhmerRougeHistory.Api.Http.Errors;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Http;

/// <summary>The bytes of a POST body that says it is JSON in UTF-8, read up to a size limit.</summary>
internal static class JsonRequestBody
{
    private static readonly string[] _utf8 = ["utf-8", "utf8"];

    /// <summary>
    /// Reads the body into a buffer rented from the shared pool (a request's largest allocation otherwise); dispose the
    /// result once the JSON is parsed, and keep nothing that points into it.
    /// </summary>
    public static async Task<RentedBytes> ReadAsync(HttpRequest request, int maxSize, CancellationToken cancellationToken)
    {
        RequireJsonContentType(request.ContentType);
        if (request.ContentLength > maxSize)
        {
            throw new RequestBodyTooLargeError(maxSize);
        }

        // One byte more than announced, to see a body longer than its Content-Length without a second buffer; without
        // a Content-Length (chunked) the buffer grows and the limit is enforced while reading.
        var buffer = ArrayPool<byte>.Shared.Rent((int)(request.ContentLength ?? 4096) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxSize + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return new RentedBytes(buffer, length);
                }

                length += read;
                if (length > maxSize)
                {
                    throw new RequestBodyTooLargeError(maxSize);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static void RequireJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (mediaType.Charset.HasValue && !_utf8.Contains(mediaType.Charset.Value, StringComparer.OrdinalIgnoreCase)))
        {
            throw new UnsupportedMediaTypeError(contentType);
        }
    }
}
