using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Adds the limits to validation: <see cref="DocumentLimitsRule"/> for documents not cached yet (before
/// graphql-dotnet's rules), <see cref="CostAnalysisRule"/> for every request, cached documents included.
/// </summary>
internal sealed class LimitsValidationRules : IConfigureExecution
{
    private readonly DocumentLimitsRule _documentLimits;
    private readonly CostAnalysisRule _costAnalysis;
    private readonly IValidationRule[] _defaultRules;
    private readonly IValidationRule[] _defaultCachedDocumentRules;

    public LimitsValidationRules(DocumentLimitsRule documentLimits, CostAnalysisRule costAnalysis)
    {
        _documentLimits = documentLimits;
        _costAnalysis = costAnalysis;
        _defaultRules = With(DocumentValidator.CoreRules);
        _defaultCachedDocumentRules = [costAnalysis];
    }

    /// <summary>Before the document cache (200), which swaps in the rules for cached documents.</summary>
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = options.ValidationRules is { } rules ? With(rules) : _defaultRules;
        options.CachedDocumentValidationRules = options.CachedDocumentValidationRules is { } cachedRules
            ? [.. cachedRules, _costAnalysis]
            : _defaultCachedDocumentRules;
        return next(options);
    }

    private IValidationRule[] With(IEnumerable<IValidationRule> rules) => [_documentLimits, .. rules, _costAnalysis];
}
