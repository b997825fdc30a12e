using System.Net;
using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>Reads <c>GET /export</c> over HTTP and finds a file of the listing by how its name ends.</summary>
public sealed class ExportListingClient(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<JsonObject> ListingAsync()
    {
        using var response = await Client.GetAsync(new Uri("/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The listed file whose name ends with <paramref name="suffix"/> (such as <c>.jsonl</c> or <c>-claims.csv</c>).</summary>
    public async Task<JsonObject> FileAsync(string suffix)
    {
        var listing = await ListingAsync();
        return listing["files"]!.AsArray().Select(f => f!.AsObject()).Single(f => ((string)f["name"]!).EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>The URL of the listed file whose name ends with <paramref name="suffix"/>.</summary>
    public async Task<Uri> UrlAsync(string suffix) => new((string)(await FileAsync(suffix))["url"]!, UriKind.Relative);

    public async Task<byte[]> DownloadAsync(string suffix)
    {
        using var response = await Client.GetAsync(await UrlAsync(suffix));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
