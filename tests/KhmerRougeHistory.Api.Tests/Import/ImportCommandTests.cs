using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace KhmerRougeHistory.Api.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();

    [Fact]
    public async Task Import_WithOutputAndData_BuildsTheDatabaseAndSaysWhatItHolds()
    {
        var output = _temp.File("built.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ImportCommand.RunAsync(_configuration, _temp.Path, ["--output", output, "--data", RepositoryPaths.DataDirectory], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(output));
        Assert.Matches(@"^Built .+: 5 sources, \d+ subjects, \d+ claims, \d+ citations, \d+ claim groups\.", stdout.ToString());
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public async Task Import_WithBadData_Exits1AndNamesTheProblem()
    {
        var data = new CuratedDataCopy(_temp);
        data.Edit("persons.json", n => n[0]!["kind"] = "Nobody");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ImportCommand.RunAsync(_configuration, _temp.Path, ["--output", _temp.File("bad.db"), "--data", data.Directory], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("persons.json: [0]", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("bad.db")));
    }

    [Fact]
    public async Task Import_WithUnknownArgument_Exits2WithUsage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ImportCommand.RunAsync(_configuration, _temp.Path, ["--out"], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: import", stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
