using System.Buffers;
using KhmerRougeHistory.Api.Http.Errors;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Http;

/// <summary>The bytes of a POST body that says it is JSON in UTF-8, read up to a size limit.</summary>
internal static class JsonRequestBody
{
    private static readonly string[] _utf8 = ["utf-8", "utf8"];

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxSize, CancellationToken cancellationToken)
    {
        RequireJsonContentType(request.ContentType);
        if (request.ContentLength > maxSize)
        {
            throw new RequestBodyTooLargeError(maxSize);
        }

        // Without a Content-Length (chunked) the limit is enforced while reading.
        var body = new ArrayBufferWriter<byte>((int)(request.ContentLength ?? 4096) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                return body.WrittenMemory;
            }

            body.Advance(read);
            if (body.WrittenCount > maxSize)
            {
                throw new RequestBodyTooLargeError(maxSize);
            }
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
