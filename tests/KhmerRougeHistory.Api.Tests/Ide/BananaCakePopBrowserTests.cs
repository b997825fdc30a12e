using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KhmerRougeHistory.Api.Tests.Ide;

/// <summary>
/// The IDE in a real browser: Debian's Chromium, driven by Playwright, against the real app on a loopback port,
/// under the API's real Content-Security-Policy: whatever the policy blocks, the test sees and fails on.
/// The last screenshot is kept at <see cref="ScreenshotPath"/> (<c>TestResults/ide.png</c> in the repository).
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class BananaCakePopBrowserTests(CuratedDatabase database, ITestOutputHelper output) : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Only fields that every version of the schema has.</summary>
    private const string Query = """{ __typename }""";

    /// <summary>The flags this machine needs: no sandbox as root, and no background calls to Google's hosts.</summary>
    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static string ScreenshotPath => Path.Combine(RepositoryPaths.Root, "TestResults", "ide.png");

    [Fact]
    public async Task Browser_RunsATypenameQueryInTheIde_WithoutLeavingTheMachineOrBreakingItsPolicy()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}: run 'apt-get install -y chromium' (CI installs it).");
        var origin = _factory.StartOnLoopback();
        var outside = new ConcurrentQueue<string>();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = _chromiumArgs });
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        await context.RouteAsync(url => !url.StartsWith(origin + "/", StringComparison.Ordinal), route =>
        {
            outside.Enqueue(route.Request.Url);
            return route.AbortAsync();
        });
        var policy = await PolicyViolationRecorder.AttachAsync(context);
        var page = await context.NewPageAsync();
        policy.WatchWorkers(page);
        // A controllable clock, to fire the IDE's delayed timers (its telemetry waits a while before calling home).
        await page.Clock.InstallAsync();
        try
        {
            await page.GotoAsync(origin + "/graphql");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
            await page.Locator(".monaco-editor").First.ClickAsync();
            await page.Keyboard.TypeAsync(Query, new() { Delay = 20 });
            await page.Keyboard.PressAsync("Escape");
            await RunAsync(page, origin);

            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("\"__typename\": \"Query\"");
            await page.Clock.FastForwardAsync("25:00:00");
            await page.WaitForTimeoutAsync(2_000);
        }
        catch (Exception error) when (policy.Violations.Count > 0)
        {
            // A refusal usually stops the IDE before the step that timed out: say what was refused.
            throw new InvalidOperationException(PolicyBroken(policy), error);
        }
        finally
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
            await page.ScreenshotAsync(new() { Path = ScreenshotPath });
            output.WriteLine("Browser console:\n" + string.Join("\n", policy.Messages));
        }

        Assert.True(outside.IsEmpty, "The IDE called outside the machine: " + string.Join(", ", outside));
        Assert.True(policy.Violations.Count == 0, PolicyBroken(policy));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>
    /// Clicks Run until the IDE sends the typed query: the IDE takes the editor's text a moment after the last
    /// key, so on a busy machine a first click can still send what was there before.
    /// </summary>
    private static async Task RunAsync(IPage page, string origin)
    {
        var run = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run Operation") });
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var request = await page.RunAndWaitForRequestAsync(
                () => run.ClickAsync(),
                request => request.Method == "POST" && request.Url == origin + "/graphql" && !IsIntrospection(request));
            if ((string?)JsonNode.Parse(request.PostData ?? "null")?["query"] == Query || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                return;
            }

            await page.WaitForTimeoutAsync(500);
        }
    }

    private static string PolicyBroken(PolicyViolationRecorder policy) =>
        "The IDE's Content-Security-Policy refused what the IDE needs:\n" + string.Join("\n", policy.Violations);

    private static bool IsIntrospection(IRequest request) =>
        request.PostData?.Contains("\"operationName\":\"IntrospectionQuery\"", StringComparison.Ordinal) == true;
}
