namespace KhmerRougeHistory.Api.Health;

/// <summary>
/// <c>probe [URL]</c>: asks a running API whether it is ready and exits 0 (200) or 1 (anything else). The container's
/// HEALTHCHECK runs it, because the runtime image has no curl or wget and should not get one for this.
/// </summary>
public static class HealthProbeCommand
{
    public const string Name = "probe";

    public const string DefaultUrl = "http://127.0.0.1:8080/health/ready";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count > 1 || (args.Count == 1 && !Uri.TryCreate(args[0], UriKind.Absolute, out _)))
        {
            await output.WriteLineAsync($"Usage: {Name} [URL] (default {DefaultUrl})");
            return 2;
        }

        var url = args.Count == 1 ? args[0] : DefaultUrl;
        using var client = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await client.GetAsync(url);
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
