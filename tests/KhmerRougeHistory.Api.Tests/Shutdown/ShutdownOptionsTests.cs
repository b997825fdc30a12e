using KhmerRougeHistory.Api.Tests.EndToEnd.Processes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Tests.Shutdown;

/// <summary>
/// The host's shutdown timeout is the readiness grace period plus the drain timeout, whatever the host's own default
/// (30 s) or its <c>shutdownTimeoutSeconds</c> setting say; a negative setting stops the API at start.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ShutdownOptionsTests(CuratedDatabase database)
{
    [Fact]
    public void HostShutdownTimeout_ByDefault_IsTheDrainTimeoutOf20Seconds()
    {
        using var factory = new HistoryApiFactory(database.FilePath);

        Assert.Equal(TimeSpan.FromSeconds(20), HostShutdownTimeout(factory));
    }

    [Fact]
    public void HostShutdownTimeout_IsGracePeriodPlusDrainTimeout_OverTheHostsOwnSetting()
    {
        using var factory = new HistoryApiFactory(database.FilePath)
            .With("shutdownTimeoutSeconds", "90")
            .With("Shutdown:ReadinessGracePeriod", "00:00:05")
            .With("Shutdown:DrainTimeout", "00:00:12");

        Assert.Equal(TimeSpan.FromSeconds(17), HostShutdownTimeout(factory));
    }

    [Fact]
    public async Task NegativeDrainTimeout_StopsTheApiAtStart_WithOneLoggedLine()
    {
        var settings = ServerSettings.For(database.FilePath, buildOnStartup: false);
        settings["Shutdown:DrainTimeout"] = "-00:00:01";

        await StartupLog.AssertRefusedToStartAsync("DrainTimeout", settings);

    }

    private static TimeSpan HostShutdownTimeout(HistoryApiFactory factory) =>
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
}
