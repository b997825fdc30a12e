using System.Collections.Concurrent;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Limits;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>
/// The document limits run once per document, as validation rules that cached documents skip; cost analysis runs
/// for every request, since its cost depends on the variables.
/// </summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class LimitRulesTests : IDisposable
{
    private readonly RecordingValidator _validator = new();
    private readonly LimitedApi _api;

    public LimitRulesTests(CuratedDatabase database) =>
        _api = new LimitedApi(database, services: services => services.AddSingleton<IDocumentValidator>(_validator));

    [Fact]
    public async Task DocumentLimits_RunForTheFirstRequestOnly_CostAnalysisForEvery()
    {
        const string Query = "query ($n: Int) { persons(first: $n) { nodes { id } } }";

        await _api.PostAsync(Query, new { n = 1 });
        await _api.PostAsync(Query, new { n = 2 });
        await _api.PostAsync(Query, new { n = 3 });

        Assert.Equal([true, false, false], _validator.Runs.Select(rules => rules.Contains(nameof(DocumentLimitsRule))));
        Assert.All(_validator.Runs, rules => Assert.Contains(nameof(CostAnalysisRule), rules));
    }

    public void Dispose() => _api.Dispose();

    /// <summary>graphql-dotnet's validator, recording which rules each validation ran.</summary>
    private sealed class RecordingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _inner = new();
        private readonly ConcurrentQueue<string[]> _runs = new();

        public IReadOnlyList<string[]> Runs => [.. _runs];

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            _runs.Enqueue([.. (options.Rules ?? DocumentValidator.CoreRules).Select(rule => rule.GetType().Name)]);
            return _inner.ValidateAsync(options);
        }
    }
}
