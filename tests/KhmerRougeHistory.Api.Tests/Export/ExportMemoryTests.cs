using System.IO.Compression;
using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using KhmerRougeHistory.Api.Tests.Performance;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>
/// The generated files are streamed: while one is being downloaded from the synthetic database (30,000 claims), the
/// live managed heap grows by a small, fixed amount, far below the file's size. A file built in memory first would
/// hold at least its own size.
/// </summary>
[Collection(ExportRunsAlone.Name)]
public sealed class ExportMemoryTests(SyntheticDatabase database, ITestOutputHelper output) : IClassFixture<SyntheticDatabase>, IDisposable
{
    /// <summary>How often the heap is measured while reading: a full collection each time, so not too often.</summary>
    private const int SampleEvery = 1024 * 1024;

    /// <summary>How many downloads may be measured before the smallest growth is judged.</summary>
    private const int Attempts = 3;

    private readonly HistoryApiFactory _factory = new(database.FilePath, buildOnStartup: false);

    [Theory]
    [InlineData(".jsonl", "identity")]
    [InlineData(".jsonl", "gzip")]
    [InlineData("-claims.csv", "identity")]
    [InlineData("-citations.csv", "br")]
    public async Task GeneratedFile_IsStreamed_WithAHeapFarBelowItsSize(string suffix, string coding)
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var url = await export.UrlAsync(suffix);
        await ReadAsync(export.Client, url, coding, sample: false);

        // The heap is the whole test process's: other work in it (a timer, a finalizer, a host still stopping) can
        // hold memory for a moment. A server that builds the file first holds it on every download, so the smallest
        // growth of a few downloads is the server's own.
        var (size, growth) = (0L, long.MaxValue);
        bool Streamed() => growth < size / 4 && growth < 8 * 1024 * 1024;
        for (var attempt = 1; attempt <= Attempts && !Streamed(); attempt++)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            (size, var peak) = await ReadAsync(export.Client, url, coding, sample: true);
            growth = Math.Min(growth, peak - before);
            output.WriteLine($"{suffix} ({coding}), download {attempt}: {size:N0} bytes, live heap at most {peak - before:N0} bytes above its level before it.");
        }

        Assert.True(size > 4 * 1024 * 1024, $"The file is only {size:N0} bytes: too small to tell streaming from buffering.");
        Assert.True(Streamed(), $"The heap grew by at least {growth:N0} bytes in each download of a file of {size:N0} (at most a quarter of it, and 8 MiB).");
    }

    [Fact]
    public async Task JsonLines_OfTheSyntheticDatabase_HasEveryClaim()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        using var response = await export.Client.GetAsync(await export.UrlAsync(".jsonl"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var claims = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            claims += line.StartsWith("{\"type\":\"claim\"", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SyntheticDatabase.Size.Claims, claims);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Reads the whole response in small pieces; with <paramref name="sample"/>, the live heap's highest level.</summary>
    private static async Task<(long Size, long Peak)> ReadAsync(HttpClient client, Uri url, string coding, bool sample)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(coding);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var sent = await response.Content.ReadAsStreamAsync();

        // The file's own bytes are counted, not the compressed ones: a buffering server would hold the file.
        await using Stream body = coding switch
        {
            "gzip" => new GZipStream(sent, CompressionMode.Decompress),
            "br" => new BrotliStream(sent, CompressionMode.Decompress),
            _ => sent,
        };
        var buffer = new byte[16 * 1024];
        var (size, peak, next) = (0L, 0L, (long)SampleEvery);
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            size += read;
            if (sample && size >= next)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                next += SampleEvery;
            }
        }

        return (size, peak);
    }
}
