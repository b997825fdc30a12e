using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>How export files travel: listing, compression, ETags and 304, byte ranges and 416, errors, headers.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ExportHttpTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task Listing_NamesEachFileWithTheDataVersion_AndItsMediaTypeSizeUrlAndDescription()
    {
        var client = _factory.CreateClient();
        var version = (string)GraphQLAssert.Data((await GraphQLClient.PostAsync(client, "{ dataVersion }")).Body)["dataVersion"]!;

        var listing = await new ExportListingClient(client).ListingAsync();

        Assert.Equal(version, (string)listing["dataVersion"]!);
        var files = listing["files"]!.AsArray().Select(f => f!.AsObject()).ToList();
        var names = files.Select(f => (string)f["name"]!).ToList();
        Assert.Contains($"khmer-rouge-history-{version}.db", names);
        Assert.Contains($"khmer-rouge-history-{version}.jsonl", names);
        Assert.Contains($"khmer-rouge-history-{version}-datapackage.json", names);
        Assert.Contains($"khmer-rouge-history-{version}-claims.csv", names);
        Assert.All(files, f =>
        {
            Assert.StartsWith($"khmer-rouge-history-{version}", (string)f["name"]!, StringComparison.Ordinal);
            Assert.Equal("/export/" + (string)f["name"]!, (string)f["url"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)f["mediaType"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)f["description"]));
            Assert.True(f.ContainsKey("size"));
        });
        Assert.Equal(new FileInfo(database.FilePath).Length, (long)files.Single(f => ((string)f["name"]!).EndsWith(".db", StringComparison.Ordinal))["size"]!);
        Assert.Null(files.Single(f => ((string)f["name"]!).EndsWith(".jsonl", StringComparison.Ordinal))["size"]);
    }

    [Fact]
    public async Task File_CarriesTheSecureHeadersCorsAndADownloadName()
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, await new ExportListingClient(client).UrlAsync(".jsonl"));
        request.Headers.Add("Origin", "https://example.org");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.NotNull(Header(response, "Content-Security-Policy"));
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Content-Range", Header(response, "Access-Control-Expose-Headers")!.Split(','));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".jsonl", response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.NotNull(Header(response, "RateLimit-Remaining"));
    }

    [Theory]
    [InlineData("gzip", ".jsonl")]
    [InlineData("br", ".jsonl")]
    [InlineData("gzip", ".db")]
    [InlineData("gzip", "-claims.csv")]
    public async Task File_WithAcceptEncoding_IsCompressed_AndDecompressesToThePlainFile(string coding, string suffix)
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var plain = await export.DownloadAsync(suffix);
        using var request = new HttpRequestMessage(HttpMethod.Get, await export.UrlAsync(suffix));
        request.Headers.AcceptEncoding.ParseAdd(coding);

        using var response = await export.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);

        // Compressed as it is written, so its length is not known in advance: it is sent in chunks.
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = coding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await decoded.CopyToAsync(copy);
        Assert.Equal(plain, copy.ToArray());
    }

    [Fact]
    public async Task File_WithItsETag_Returns304_AndAnotherCodingHasAnotherETag()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var url = await export.UrlAsync(".jsonl");
        using var first = await export.Client.GetAsync(url);
        var entityTag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(entityTag);

        using var again = await export.Client.SendAsync(request);
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, url);
        gzipRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        gzipRequest.Headers.IfNoneMatch.Add(entityTag);
        using var gzip = await export.Client.SendAsync(gzipRequest);

        Assert.False(entityTag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(entityTag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);
        Assert.NotEqual(entityTag, gzip.Headers.ETag);
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_WithItsETag_Returns304()
    {
        var client = _factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/export", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("bytes=0-15", 0, 16)]
    [InlineData("bytes=100-", 100, -1)]
    [InlineData("bytes=-100", -100, 100)]
    [InlineData("bytes=1000-999999999999", 1000, -1)]
    public async Task DatabaseFile_WithARange_Returns206WithThoseBytes(string range, long from, long count)
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var whole = await File.ReadAllBytesAsync(database.FilePath);
        var start = from < 0 ? whole.Length + from : from;
        var length = count < 0 ? whole.Length - start : count;
        using var request = new HttpRequestMessage(HttpMethod.Get, await export.UrlAsync(".db"));
        request.Headers.TryAddWithoutValidation("Range", range);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await export.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {start}-{start + length - 1}/{whole.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(length, response.Content.Headers.ContentLength);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(whole.AsSpan((int)start, (int)length).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=999999999-")]
    [InlineData("bytes=-0")]
    public async Task DatabaseFile_WithARangePastTheEnd_Returns416WithAClearError(string range)
    {
        var export = new ExportListingClient(_factory.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Get, await export.UrlAsync(".db"));
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await export.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{new FileInfo(database.FilePath).Length}", response.Content.Headers.ContentRange!.ToString());
        var body = await ProblemAsync(response, "RANGE_NOT_SATISFIABLE");
        Assert.Contains("past the end", (string)body["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseFile_WithAnIfRangeOfAnotherVersion_ReturnsTheWholeFile()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Get, await export.UrlAsync(".db"));
        request.Headers.TryAddWithoutValidation("Range", "bytes=0-15");
        request.Headers.TryAddWithoutValidation("If-Range", "\"another-version\"");

        using var response = await export.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(database.FilePath).Length, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task GeneratedFile_IgnoresRanges_AndSaysSo()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Get, await export.UrlAsync(".jsonl"));
        request.Headers.TryAddWithoutValidation("Range", "bytes=0-15");

        using var response = await export.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["none"], response.Headers.AcceptRanges);
    }

    [Fact]
    public async Task Head_ReturnsTheHeadersOfAGet_WithoutABody()
    {
        var export = new ExportListingClient(_factory.CreateClient());

        using var response = await export.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, await export.UrlAsync(".db")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(database.FilePath).Length, response.Content.Headers.ContentLength);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
    }

    [Theory]
    [InlineData("/export/nothing.csv")]
    [InlineData("/export/khmer-rouge-history-0000000000000000000000000000000000000000000000000000000000000000.db")]
    public async Task UnknownFile_Returns404WithAStableCodeAndNoInternals(string url)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var body = await ProblemAsync(response, "EXPORT_FILE_NOT_FOUND");
        Assert.DoesNotContain(Path.GetDirectoryName(database.FilePath)!, body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body.ToJsonString(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(code, (string)body["code"]!);
        Assert.Equal((int)response.StatusCode, (int)body["status"]!);
        return body;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
