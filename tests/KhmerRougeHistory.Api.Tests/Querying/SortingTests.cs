using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Querying;

/// <summary>order: a list of one-field inputs, applied in SQL, with the ID as final tie-break.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SortingTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task LabelDescending_IsReverseBinaryOrder()
    {
        var labels = await ValuesAsync("persons", "order: [{ label: DESC }]", "label");

        Assert.Equal(labels.Order(StringComparer.Ordinal).Reverse(), labels);
    }

    [Fact]
    public async Task DateAscending_PutsMissingDatesFirst_ThenEarliest()
    {
        var born = await ValuesAsync("persons", "order: [{ born: ASC }, { label: ASC }]", "label", "born { claims { displayValue } }");

        Assert.Equal("Pol Pot", born[^1]);
    }

    [Fact]
    public async Task SeveralKeys_ApplyInOrder()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ events(first: 50, order: [{ end: DESC }, { label: ASC }]) { nodes { end label } } }");
        var rows = GraphQLAssert.Data(body)["events"]!["nodes"]!.AsArray().Select(n => ((string?)n!["end"], (string)n["label"]!)).ToList();

        var expected = rows.OrderByDescending(r => r.Item1 ?? string.Empty, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task TwoFieldsInOneElement_AreRefused()
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ persons(order: [{ label: ASC, born: DESC }]) { nodes { label } } }");

        Assert.Contains("exactly one field", GraphQLAssert.ErrorCode(body, "INVALID_FILTER"), StringComparison.Ordinal);
    }

    private async Task<List<string>> ValuesAsync(string field, string arguments, string value, string extra = "")
    {
        var (_, body) = await GraphQLClient.PostAsync(_factory.CreateClient(), $$"""{ {{field}}(first: 50, {{arguments}}) { nodes { {{value}} {{extra}} } } }""");
        return [.. GraphQLAssert.Data(body)[field]!["nodes"]!.AsArray().Select(n => (string)n![value]!)];
    }

    public void Dispose() => _factory.Dispose();
}
