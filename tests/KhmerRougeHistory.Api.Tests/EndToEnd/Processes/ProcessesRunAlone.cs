using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// The tests that put real load on a server process or time its shutdown run alone, after the parallel tests, on one
/// database built once: their timings and memory figures are then the server's, not the rest of the suite's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessesRunAlone : ICollectionFixture<CuratedDatabase>
{
    public const string Name = "server processes under load, run alone";
}
