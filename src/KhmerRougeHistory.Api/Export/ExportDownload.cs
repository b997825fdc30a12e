using System.Globalization;
using KhmerRougeHistory.Api.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Answers a GET or HEAD for one export file: the rate-limit admission, the ETag and 304, a byte range (206, or 416
/// past the end) for files of known length, the content coding, then the body, compressed and metered as it is written.
/// </summary>
internal sealed class ExportDownload(ExportRateCharge charge, ExportEntityTags tags, IOptions<ExportOptions> options, TimeProvider time, ILogger<ExportDownload> logger)
{
    public async Task ServeAsync(HttpContext http, ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(file);
        var (request, response) = (http.Request, http.Response);
        var client = charge.ClientOf(http);
        var admission = await charge.AdmitAsync(client, http.RequestAborted);
        response.OnStarting(() =>
        {
            RateLimitHeaders.Write(response.Headers, charge.Limits, admission);
            return Task.CompletedTask;
        });
        if (!admission.Taken)
        {
            var refused = new RateLimitedError(1, admission.Remaining, admission.RetryAfter, charge.Limits);
            refused.AddHeaders(response.Headers);
            await ExportProblem.WriteAsync(http, StatusCodes.Status429TooManyRequests, ExportProblem.RateLimited, refused.Message);
            return;
        }

        // A range is only served from the plain bytes, whose offsets are the file's; a compressed body has none.
        var length = file.Length;
        var range = length is { } known && ExportEntityTags.RangeApplies(request.Headers.IfRange, tags.For(file.Name, ContentCoding.Identity))
            ? ByteRange.Parse(request.Headers, known)
            : null;
        var coding = range is null ? ContentCoding.Choose(request.Headers) : ContentCoding.Identity;
        var entityTag = tags.For(file.Name, coding);
        var headers = response.Headers;
        headers.ETag = entityTag;
        headers.CacheControl = tags.CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.AcceptRanges = length is null ? "none" : "bytes";
        if (file.IsDownload)
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file.Name }.ToString();
        }

        // Conditions before ranges (RFC 9110 §13.2.2): a client that has the file gets 304, whatever it asks.
        if (ExportEntityTags.Matches(request.Headers.IfNoneMatch, entityTag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (range is { Unsatisfiable: true })
        {
            headers.ContentRange = range.Value.ContentRange(length!.Value);
            await ExportProblem.WriteAsync(
                http,
                StatusCodes.Status416RangeNotSatisfiable,
                ExportProblem.RangeNotSatisfiable,
                $"The range '{request.Headers.Range}' starts past the end of {file.Name}, which is {length.Value.ToString(CultureInfo.InvariantCulture)} bytes long.");
            return;
        }

        response.ContentType = file.MediaType;
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding;
        }

        if (range is { } part)
        {
            response.StatusCode = StatusCodes.Status206PartialContent;
            headers.ContentRange = part.ContentRange(length!.Value);
            response.ContentLength = part.Count;
        }
        else if (coding == ContentCoding.Identity && length is not null)
        {
            response.ContentLength = length;
        }

        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await SendAsync(http, file, range, coding, client);
    }

    private async Task SendAsync(HttpContext http, ExportFile file, ByteRange? range, string coding, string client)
    {
        var started = time.GetTimestamp();
        var aborted = http.RequestAborted;
        var metered = new MeteredStream(http.Response.Body, charge, client, aborted);
        try
        {
            await http.Response.StartAsync(aborted);
            var body = ContentCoding.Wrap(metered, coding, options.Value.CompressionLevel);
            await using (body == metered ? null : body)
            {
                var write = range is { } part ? file.WriteRangeAsync(body, part.Offset, part.Count, aborted) : file.WriteAsync(body, aborted);
                await write;
            }

            await metered.SettleAsync();
            var elapsed = time.GetElapsedTime(started);
            Log.Sent(logger, file.Name, coding, metered.Written, elapsed, client);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: nothing to answer.
        }
        catch (Exception e)
        {
            // The status and part of the body are out: ending the response normally would pass a cut-off file as whole.
            Log.Failed(logger, file.Name, e);
            http.Abort();
        }
    }
}
