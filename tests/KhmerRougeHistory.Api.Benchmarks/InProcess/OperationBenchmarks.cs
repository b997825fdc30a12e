using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Benchmarks.Server;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Benchmarks.InProcess;

/// <summary>
/// Parse, validate and execute each documented operation through the real schema and services (no HTTP), with the
/// document cache (a repeated query skips parsing and validation) and without it (every request parses and validates).
/// The result is serialized as the HTTP handler does, to a null stream. Databases come from <see cref="Databases"/>.
/// </summary>
[MemoryDiagnoser]
public class OperationBenchmarks : IDisposable
{
    private BenchmarkServerFactory? _cached;
    private BenchmarkServerFactory? _uncached;
    private string _query = "";
    private Inputs _variables = Inputs.Empty;

    /// <summary>name=path pairs, set by the runner before BenchmarkDotNet starts (the in-process toolchain shares the process).</summary>
    public static IReadOnlyList<(string Name, string Path)> DatabaseFiles { get; set; } = [];

    public static IEnumerable<string> Databases() => DatabaseFiles.Select(d => d.Name);

    public static IEnumerable<string> Operations() => OperationDocuments.All.Keys;

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "";

    [ParamsSource(nameof(Operations))]
    public string Operation { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = DatabaseFiles.Single(d => d.Name == Database).Path;
        _cached = new BenchmarkServerFactory(path, ServerLimits.OutOfTheWay);
        _uncached = new BenchmarkServerFactory(path, new Dictionary<string, string>(ServerLimits.OutOfTheWay) { ["GraphQLHttp:DocumentCacheSize"] = "0" });
        _query = OperationDocuments.All[Operation];
        var database = path.Contains("synthetic", StringComparison.Ordinal) ? BenchmarkDatabase.Synthetic(Database, path) : BenchmarkDatabase.Curated(path);
        _variables = _cached.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(database.VariablesFor(Operation)) ?? Inputs.Empty;
        var result = ExecuteAsync(_cached).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{Operation} on {Database}: {errors[0].Message}");
        }
    }

    [Benchmark(Baseline = true, Description = "cached document")]
    public Task<ExecutionResult> Cached() => ExecuteAsync(_cached!);

    [Benchmark(Description = "parse + validate each time")]
    public Task<ExecutionResult> Uncached() => ExecuteAsync(_uncached!);

    [GlobalCleanup]
    public void Dispose()
    {
        _cached?.Dispose();
        _uncached?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<ExecutionResult> ExecuteAsync(BenchmarkServerFactory factory)
    {
        var services = factory.Services;
        await using var scope = services.CreateAsyncScope();
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = _query,
            OperationName = Operation,
            Variables = _variables,
            RequestServices = scope.ServiceProvider,
        });
        await services.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(Stream.Null, result);
        return result;
    }
}
