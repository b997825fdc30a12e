using System.Collections.Concurrent;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Limits;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// The document limits run once per document, as validation rules; a cached document is validated with no rule at
/// all (graphql-dotnet then only coerces its variables and arguments), and its cost, which depends on the variables,
/// is still computed for every request.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class LimitRulesTests : IDisposable
{
    private readonly RecordingValidator _validator = new();
    private readonly LimitedApi _api;

    public LimitRulesTests(CuratedDatabase database) =>
        _api = new LimitedApi(database, testServices: services =>
            services.Decorate<IDocumentValidator>(inner => _validator.Around(inner), "the application registers a validator"));

    [Fact]
    public async Task DocumentLimits_RunForTheFirstRequestOnly_CostForEvery()
    {
        const string Query = "query ($n: Int) { persons(first: $n) { nodes { id } } }";

        var costs = new List<int?>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            var (_, body) = await _api.PostAsync(Query, new { n }, reportCost: true);
            costs.Add((int?)body?["extensions"]?["operationCost"]?["typeCost"]);
        }

        Assert.Equal([true, false, false], _validator.Runs.Select(rules => rules.Contains(nameof(DocumentLimitsRule))));
        Assert.Empty(_validator.Runs[1]);
        Assert.Empty(_validator.Runs[2]);
        // The root, the connection and n persons.
        Assert.Equal([3, 4, 5], costs);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>The application's validator, recording which rules each validation was given.</summary>
    private sealed class RecordingValidator
    {
        private readonly ConcurrentQueue<string[]> _runs = new();

        public IReadOnlyList<string[]> Runs => [.. _runs];

        public IDocumentValidator Around(IDocumentValidator inner) => new Recording(this, inner);

        private sealed class Recording(RecordingValidator owner, IDocumentValidator inner) : IDocumentValidator
        {
            public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
            {
                owner._runs.Enqueue([.. (options.Rules ?? DocumentValidator.CoreRules).Select(rule => rule.GetType().Name)]);
                return inner.ValidateAsync(options);
            }
        }
    }
}
