using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>The real server process the fault and fleet tests start: it builds its database, serves and stops on SIGTERM.</summary>
public sealed class ApiProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ServerProcess_BuildsItsDatabase_Serves_AndExitsZeroOnSigterm()
    {
        await using var api = await ApiProcess.StartListeningAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:History"] = $"Data Source={_temp.File("history.db")}",
        });
        using var client = api.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        api.Terminate();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await api.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    public void Dispose() => _temp.Dispose();
}
