using System.Net;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Operations;

/// <summary>Each provenance question in schema/operations is one request; its result on the real data is a reviewed snapshot.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class ProvenanceOperationTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    public static TheoryData<string> Operations() => DocumentedOperations.Names();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_OnTheCuratedData_MatchesSnapshot(string operation)
    {
        var document = DocumentedOperations.Text(operation);

        var (response, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), document);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GraphQLAssert.Data(body);
        Snapshot.Match(JToken.Parse(body!.ToJsonString()), SnapshotNameExtension.Create(operation));
    }

    public void Dispose() => _factory.Dispose();
}
