using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Benchmarks.Server;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// Everything measured over HTTP on one database, with one server process: each operation, the baseline for two
/// of them, SQL statements at page sizes 5 and 50, and keyset paging deep into the big lists.
/// </summary>
internal sealed class LoadScenario(int concurrency, TimeSpan duration, TimeSpan warmup, TextWriter log)
{
    public static readonly string[] BaselineOperations = ["PersonNames", "Search"];

    public async Task<DatabaseLoadResults> RunAsync(BenchmarkDatabase database)
    {
        await using var server = await ServerProcess.StartAsync(database.FilePath);
        using var runner = new LoadRunner(server, concurrency, duration, warmup);
        var results = new DatabaseLoadResults(database.Name);
        foreach (var (name, document) in OperationDocuments.All)
        {
            var variables = database.VariablesFor(name);
            var body = OperationDocuments.Body(document, variables, name);
            results.Operations.Add(await MeasureAsync(runner, database.Name, name, server.ApiUrl, body));
            if (document.Contains("$first", StringComparison.Ordinal))
            {
                results.StatementsByPageSize[name] = (
                    await runner.StatementsOfOneAsync(server.ApiUrl, OperationDocuments.Body(document, WithFirst(variables, 5), name)),
                    await runner.StatementsOfOneAsync(server.ApiUrl, OperationDocuments.Body(document, WithFirst(variables, 50), name)));
            }

            if (BaselineOperations.Contains(name))
            {
                results.Baselines.Add(await MeasureAsync(runner, database.Name, name + " (baseline)", server.BaselineUrl, body));
            }
        }

        if (database.IsSynthetic)
        {
            await KeysetAsync(runner, server, database, results);
        }

        results.ServerStats = await server.StatsAsync();
        return results;
    }

    private async Task KeysetAsync(LoadRunner runner, ServerProcess server, BenchmarkDatabase database, DatabaseLoadResults results)
    {
        const int Position = 50_000;
        log.WriteLine($"  finding the cursors of item {Position:N0} ...");
        var persons = await KeysetCursor.PersonsAsync(runner, server.ApiUrl, Position);
        if (persons is not null)
        {
            results.Keyset.Add(await MeasureAsync(runner, database.Name, "persons, first page", server.ApiUrl, OperationDocuments.Body(KeysetCursor.PersonsPage, "{}")));
            results.Keyset.Add(await MeasureAsync(runner, database.Name, $"persons, after {Position:N0}", server.ApiUrl, OperationDocuments.Body(KeysetCursor.PersonsPage, $$"""{"after":"{{persons}}"}""")));
        }

        var sourceVariables = JsonNode.Parse(database.VariablesFor("SourceStatements"))!.AsObject();
        string? citations;
        try
        {
            citations = await KeysetCursor.SourceCitationsAsync(runner, server.ApiUrl, sourceVariables["source"]!.GetValue<string>(), Position);
        }
        catch (TimeoutException e)
        {
            results.Notes.Add($"SourceStatements after {Position:N0} not measured: {e.Message}.");
            await log.WriteLineAsync("  " + results.Notes[^1]);
            return;
        }

        if (citations is not null)
        {
            var document = OperationDocuments.All["SourceStatements"];
            results.Keyset.Add(await MeasureAsync(runner, database.Name, "SourceStatements, first page", server.ApiUrl, OperationDocuments.Body(document, sourceVariables.ToJsonString(), "SourceStatements")));
            sourceVariables["after"] = citations;
            results.Keyset.Add(await MeasureAsync(runner, database.Name, $"SourceStatements, after {Position:N0}", server.ApiUrl, OperationDocuments.Body(document, sourceVariables.ToJsonString(), "SourceStatements")));
        }
    }

    private async Task<LoadResult> MeasureAsync(LoadRunner runner, string database, string target, Uri url, byte[] body)
    {
        var result = await runner.RunAsync(database, target, url, body);
        await log.WriteLineAsync($"  {database,-10} {target,-40} {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Milliseconds,8:F2} ms  p99 {result.P99Milliseconds,8:F2} ms  sql {result.SqlStatementsPerRequest,3}  {result.AllocatedBytesPerRequest / 1024,8:F0} KiB/req  cpu {result.CpuMicrosecondsPerRequest,7:F0} us/req  failed {result.Failures}{(result.Sequential ? "  (alone, 3x)" : "")}");
        return result;
    }

    private static string WithFirst(string variables, int first)
    {
        var node = JsonNode.Parse(variables)!.AsObject();
        node["first"] = first;
        return node.ToJsonString();
    }
}
