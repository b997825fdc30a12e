using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>Every operation in schema/operations passes every limit, with room to spare.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class OperationLimitTests(CuratedDatabase database) : IDisposable
{
    private const int MaxFieldCost = 5_000;
    private const int MaxTypeCost = 5_000;

    private readonly LimitedApi _api = new(database);

    public static TheoryData<string> Operations() => DocumentedOperations.Names();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_PassesEveryLimit_AtMostHalfTheCostLimits(string operation)
    {
        var document = DocumentedOperations.Text(operation);

        var (response, body) = await _api.PostAsync(document, reportCost: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        var cost = body!["extensions"]!["operationCost"]!;
        Assert.InRange((int)cost["fieldCost"]!, 0, MaxFieldCost / 2);
        Assert.InRange((int)cost["typeCost"]!, 1, MaxTypeCost / 2);
    }

    public void Dispose() => _api.Dispose();
}
