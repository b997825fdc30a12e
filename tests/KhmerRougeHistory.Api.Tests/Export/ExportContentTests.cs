using System.Text;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>Each export file, downloaded over HTTP and parsed: it holds what the GraphQL API serves, all of it.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ExportContentTests(CuratedDatabase database) : IDisposable
{
    private const string Counts = """
        {
          persons { totalCount } organizations { totalCount } sites { totalCount } events { totalCount }
          claims { totalCount }
          sources(first: 50) { totalCount nodes { citations { totalCount } } }
        }
        """;

    private static readonly string[] _subjectLists = ["persons", "organizations", "sites", "events"];

    private static readonly HashSet<string> _tableSchemaTypes = ["string", "integer", "number", "boolean", "date", "datetime", "array"];

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task DatabaseFile_IsByteIdenticalToTheServedDatabase()
    {
        var export = new ExportListingClient(_factory.CreateClient());

        var bytes = await export.DownloadAsync(".db");

        Assert.Equal(await File.ReadAllBytesAsync(database.FilePath), bytes);
        Assert.Equal(bytes.Length, (long)(await export.FileAsync(".db"))["size"]!);
    }

    [Fact]
    public async Task DatabaseFile_ServedThroughASymbolicLink_IsTheWholeTargetFile()
    {
        using var directory = new TempDirectory();
        var link = directory.File("history.db");
        File.CreateSymbolicLink(link, database.FilePath);
        using var linked = new HistoryApiFactory(link, buildOnStartup: false);
        var export = new ExportListingClient(linked.CreateClient());

        var bytes = await export.DownloadAsync(".db");

        Assert.Equal(await File.ReadAllBytesAsync(database.FilePath), bytes);
        Assert.Equal(bytes.Length, (long)(await export.FileAsync(".db"))["size"]!);
    }

    [Fact]
    public async Task JsonLines_EveryLineParses_AndTheCountsAreGraphQLsTotalCounts()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var data = GraphQLAssert.Data((await GraphQLClient.PostAsync(_factory, Counts)).Body);

        var text = Encoding.UTF8.GetString(await export.DownloadAsync(".jsonl"));

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n');
        var records = lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        var byType = records.GroupBy(r => (string)r["type"]!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["citation", "claim", "source", "subject"], byType.Keys.Order());
        var subjects = _subjectLists.Sum(list => (int)data[list]!["totalCount"]!);
        Assert.Equal(subjects, byType["subject"].Count);
        Assert.Equal((int)data["sources"]!["totalCount"]!, byType["source"].Count);
        Assert.Equal((int)data["claims"]!["totalCount"]!, byType["claim"].Count);
        Assert.Equal(data["sources"]!["nodes"]!.AsArray().Sum(s => (int)s!["citations"]!["totalCount"]!), byType["citation"].Count);

        // Every reference resolves within the file, and each claim carries its value, status and qualifiers.
        var ids = records.Select(r => (string)r["id"]!).ToHashSet();
        Assert.Equal(records.Count, ids.Count);
        Assert.All(byType["citation"], c =>
        {
            Assert.Contains((string)c["claim"]!, ids);
            Assert.Contains((string)c["source"]!, ids);
            Assert.False(string.IsNullOrEmpty((string?)c["quote"]));
        });
        Assert.All(byType["claim"], c =>
        {
            Assert.Contains((string)c["subject"]!, ids);
            Assert.NotNull(c["value"]);
            Assert.NotNull(c["certainty"]);
            Assert.NotNull(c["rank"]);
            Assert.NotNull(c["agreement"]);
            Assert.NotNull(c["qualifiers"]);
            Assert.True(c["group"] is null || c["group"]!["status"] is not null);
        });
        Assert.Contains(byType["claim"], c => c["group"] is not null);
    }

    [Fact]
    public async Task DataPackage_IsAValidTabularDataPackageWithoutAnInventedLicence()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var listed = (await export.ListingAsync())["files"]!.AsArray().Select(f => (string)f!["name"]!).ToHashSet();

        var package = JsonNode.Parse(await export.DownloadAsync("-datapackage.json"))!.AsObject();

        Assert.Equal("tabular-data-package", (string)package["profile"]!);
        Assert.Matches("^[a-z0-9._-]+$", (string)package["name"]!);
        Assert.Null(package["licenses"]);
        Assert.Contains("not yet chosen a licence", (string)package["description"]!, StringComparison.Ordinal);
        var resources = package["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(resources.Count, resources.Select(r => (string)r["name"]!).Distinct().Count());
        var fieldsOf = resources.ToDictionary(r => (string)r["name"]!, r => r["schema"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList());
        Assert.Contains("claims", fieldsOf.Keys);
        Assert.Contains("citations", fieldsOf.Keys);
        foreach (var resource in resources)
        {
            Assert.Matches("^[a-z0-9._-]+$", (string)resource["name"]!);
            Assert.Equal("tabular-data-resource", (string)resource["profile"]!);
            Assert.Contains((string)resource["path"]!, listed);
            var schema = resource["schema"]!;
            var fields = fieldsOf[(string)resource["name"]!];
            Assert.NotEmpty(fields);
            Assert.Equal(fields.Count, fields.Distinct().Count());
            Assert.All(schema["fields"]!.AsArray(), f => Assert.Contains((string)f!["type"]!, _tableSchemaTypes));
            Assert.All(schema["primaryKey"]!.AsArray(), key => Assert.Contains((string)key!, fields));
            // The profile's JSON Schema: foreignKeys, when present, holds at least one key.
            Assert.True(schema["foreignKeys"] is null || schema["foreignKeys"]!.AsArray().Count > 0, $"{resource["name"]} has an empty foreignKeys.");
            foreach (var foreignKey in schema["foreignKeys"]?.AsArray() ?? [])
            {
                var own = foreignKey!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                var target = (string)foreignKey["reference"]!["resource"]! is { Length: > 0 } other ? other : (string)resource["name"]!;
                var referenced = foreignKey["reference"]!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                Assert.All(own, f => Assert.Contains(f, fields));
                Assert.All(referenced, f => Assert.Contains(f, fieldsOf[target]));
                Assert.Equal(own.Count, referenced.Count);
            }
        }
    }

    [Fact]
    public async Task EveryCsvTable_MatchesItsSchema_AndHoldsEveryRowOfItsTable()
    {
        var export = new ExportListingClient(_factory.CreateClient());
        var package = JsonNode.Parse(await export.DownloadAsync("-datapackage.json"))!;
        var tables = new Dictionary<string, (JsonNode Schema, List<string[]> Rows)>();

        foreach (var resource in package["resources"]!.AsArray())
        {
            var rows = CsvRows.Parse(Encoding.UTF8.GetString(await export.DownloadAsync("-" + (string)resource!["name"]! + ".csv")));
            var schema = resource["schema"]!;
            var fields = schema["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
            Assert.Equal(fields, rows[0]);
            Assert.All(rows.Skip(1), row => Assert.Equal(fields.Length, row.Length));
            tables[(string)resource["name"]!] = (schema, rows.Skip(1).ToList());
        }

        foreach (var (name, (schema, rows)) in tables)
        {
            var table = (string)package["resources"]!.AsArray().Single(r => (string)r!["name"]! == name)!["path"]!;
            Assert.True(rows.Count == CountRows(name), $"{table} has {rows.Count} rows.");
            var fields = schema["fields"]!.AsArray();
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i]!;
                var values = field["constraints"]?["enum"]?.AsArray().Select(v => (string)v!).ToHashSet();
                var required = (bool?)field["constraints"]?["required"] ?? false;
                foreach (var cell in rows.Select(r => r[i]))
                {
                    Assert.True(!required || cell.Length > 0, $"{name}.{field["name"]} is required but empty.");
                    Assert.True(cell.Length == 0 || Parses(cell, (string)field["type"]!), $"{name}.{field["name"]}: '{cell}' is not a {field["type"]}.");
                    Assert.True(cell.Length == 0 || values is null || values.Contains(cell), $"{name}.{field["name"]}: '{cell}' is not among its enum values.");
                }
            }

            // Primary keys are unique; every foreign key names a row that the referenced CSV holds.
            var key = schema["primaryKey"]!.AsArray().Select(k => Ordinal(schema, (string)k!)).ToArray();
            Assert.Equal(rows.Count, rows.Select(r => string.Join('\u001f', key.Select(k => r[k]))).Distinct().Count());
            foreach (var foreignKey in schema["foreignKeys"]?.AsArray() ?? [])
            {
                var own = Ordinal(schema, (string)foreignKey!["fields"]![0]!);
                var target = (string)foreignKey["reference"]!["resource"]! is { Length: > 0 } other ? other : name;
                var referenced = Ordinal(tables[target].Schema, (string)foreignKey["reference"]!["fields"]![0]!);
                var present = tables[target].Rows.Select(r => r[referenced]).ToHashSet();
                Assert.All(rows.Where(r => r[own].Length > 0), r => Assert.Contains(r[own], present));
            }
        }
    }

    public void Dispose() => _factory.Dispose();

    private static int Ordinal(JsonNode schema, string field) =>
        schema["fields"]!.AsArray().Select((f, i) => ((string)f!["name"]!, i)).Single(f => f.Item1 == field).i;

    private static bool Parses(string cell, string type) => type switch
    {
        "integer" => long.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
        "number" => double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
        "boolean" => cell is "true" or "false",
        "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", out _),
        // Table Schema's default format: YYYY-MM-DDThh:mm:ssZ, UTC, whole seconds.
        "datetime" => DateTime.TryParseExact(cell, "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out _),
        "array" => JsonNode.Parse(cell) is JsonArray,
        _ => true,
    };

    /// <summary>The rows of the table a resource is named after, counted in the database file itself.</summary>
    private int CountRows(string resource)
    {
        using var connection = new SqliteConnection($"Data Source={database.FilePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var table = names.Single(n => n.Replace("_", string.Empty, StringComparison.Ordinal).Equals(resource.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
