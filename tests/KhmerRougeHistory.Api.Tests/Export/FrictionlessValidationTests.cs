using KhmerRougeHistory.Api.Tests.Export.Frictionless;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>
/// Beyond our own checks: Frictionless Data's own library loads the downloaded package strictly (the
/// tabular-data-package profile) and reads every CSV with its values cast to their Table Schema types and its
/// foreign keys resolved against the other CSVs.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class FrictionlessValidationTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task DataPackage_AndEveryCsv_PassFrictionlessValidation()
    {
        using var folder = new TempDirectory();
        var export = new ExportListingClient(_factory.CreateClient());
        var names = (await export.ListingAsync())["files"]!.AsArray().Select(f => (string)f!["name"]!)
            .Where(n => n.EndsWith(".csv", StringComparison.Ordinal) || n.EndsWith("-datapackage.json", StringComparison.Ordinal));
        foreach (var name in names)
        {
            await File.WriteAllBytesAsync(folder.File(name), await export.DownloadAsync(name));
        }

        var (exitCode, output) = await FrictionlessValidator.ValidateAsync(folder.Path);

        Assert.True(exitCode == 0, output);
        Assert.Contains("valid tabular-data package", output, StringComparison.Ordinal);
        Assert.Contains("claims: ", output, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
