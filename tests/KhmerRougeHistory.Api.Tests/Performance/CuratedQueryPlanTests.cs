using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>
/// Every documented operation on the curated data, with its default variables: the served database's few hundred rows
/// per table must not tempt SQLite to read a table whole where an index finds the rows, as the synthetic data's size
/// forbids (<see cref="QueryPlanTests"/>). An older SQLite (3.40) found Timeline's date claims by reading all 529
/// curated claims in <c>Id</c> order, twice the time of finding them by group; the bundled one seeks them.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class CuratedQueryPlanTests : IDisposable
{
    private readonly QueryPlanRecorder _plans = new();
    private readonly HistoryApiFactory _factory;

    public CuratedQueryPlanTests(CuratedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _factory = new HistoryApiFactory(database.FilePath, buildOnStartup: false).WithServices(services => services.AddStatementObserver(_plans));
    }

    public static TheoryData<string> Operations() => DocumentedOperations.Names();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_OnCuratedData_ReadsNoBigTableWhole(string operation)
    {
        var plans = await _plans.PlansOfAsync(_factory.CreateClient(), DocumentedOperations.Text(operation));

        Assert.NotEmpty(plans);
        BigTableScans.AssertNone(operation, plans);
    }

    public void Dispose() => _factory.Dispose();
}
