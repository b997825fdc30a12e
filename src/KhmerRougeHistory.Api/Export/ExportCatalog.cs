using System.Collections.Frozen;
using KhmerRougeHistory.Api.Caching;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The files of the current data version, in the order <c>GET /export</c> lists them: the SQLite file (only when the
/// API serves one), the JSON Lines file, datapackage.json and one CSV file per table. Every name starts with
/// <see cref="PackageName"/> and the data version, so a file names the version it holds and an old name is a 404.
/// </summary>
internal sealed class ExportCatalog
{
    public const string PackageName = "khmer-rouge-history";

    private readonly FrozenDictionary<string, ExportFile> _byName;

    public ExportCatalog(DataVersion dataVersion, HistoryDatabase database, IDbContextFactory<HistoryDbContext> contexts, IReadConnections connections, EntityTables tables)
    {
        ArgumentNullException.ThrowIfNull(dataVersion);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(contexts);
        DataVersion = dataVersion.Value;
        var stem = $"{PackageName}-{DataVersion}";

        using var db = contexts.CreateDbContext();
        var csv = ExportTable.Of(db.Model).Select(t => new TableCsvExport($"{stem}-{t.Resource}.csv", t, connections)).ToList();
        var files = new List<ExportFile>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            files.Add(new DatabaseFileExport($"{stem}.db", database));
        }

        files.Add(new JsonLinesExport($"{stem}.jsonl", connections, tables));
        files.Add(new DataPackageExport($"{stem}-datapackage.json", PackageName, DataVersion, csv));
        files.AddRange(csv);
        Files = files;
        _byName = files.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public string DataVersion { get; }

    public IReadOnlyList<ExportFile> Files { get; }

    public ExportFile? Find(string name) => _byName.GetValueOrDefault(name);
}
