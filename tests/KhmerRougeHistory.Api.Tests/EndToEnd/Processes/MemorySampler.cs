using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>Samples a server process's resident memory (VmRSS) at a fixed interval until stopped.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly List<long> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private MemorySampler(ApiProcess api, TimeSpan interval) => _sampling = SampleAsync(api, interval);

    public static MemorySampler Start(ApiProcess api, TimeSpan interval) => new(api, interval);

    /// <summary>Stops sampling and returns the samples in bytes, oldest first.</summary>
    public async Task<IReadOnlyList<long>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return _samples;
    }

    public void Dispose() => _stop.Dispose();

    private async Task SampleAsync(ApiProcess api, TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _samples.Add(api.ResidentBytes());
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the samples so far are the result.
        }
    }
}
