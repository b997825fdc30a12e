using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using KhmerRougeHistory.Api.Benchmarks.Operations;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// Start-up as operators see it: <c>dotnet KhmerRougeHistory.Api.dll</c> on an existing database, timed from
/// process start to the first answered request and to the first answered real operation.
/// </summary>
internal static class StartupProbe
{
    public static async Task<(double FirstRequest, double FirstOperation)> MeasureAsync(string apiAssembly, BenchmarkDatabase database, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(apiAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.WorkingDirectory = Path.GetDirectoryName(apiAssembly)!;
        start.Environment["ConnectionStrings__History"] = $"Data Source={database.FilePath}";
        start.Environment["Database__BuildOnStartup"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var client = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/graphql");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        try
        {
            await PostUntilOkAsync(client, url, OperationDocuments.Body("{ __typename }", "{}"), clock, process);
            var firstRequest = clock.Elapsed.TotalMilliseconds;
            await PostUntilOkAsync(client, url, OperationDocuments.Body(OperationDocuments.All["PersonNames"], database.VariablesFor("PersonNames"), "PersonNames"), clock, process);
            return (firstRequest, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task PostUntilOkAsync(HttpClient client, Uri url, byte[] body, Stopwatch clock, Process process)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(url, content);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(10);
            }
        }

        throw new InvalidOperationException($"The API did not answer within 60 s (exited: {process.HasExited}).");
    }
}
