using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Adds <see cref="DocumentLimitsRule"/> to the validation of documents not cached yet, before graphql-dotnet's
/// rules. A cached document passed them already; its cost is computed for every request by
/// <see cref="CostingDocumentValidator"/>.
/// </summary>
internal sealed class LimitsValidationRules(DocumentLimitsRule documentLimits) : IConfigureExecution
{
    private readonly IValidationRule[] _defaultRules = [documentLimits, .. DocumentValidator.CoreRules];

    /// <summary>Before the document cache (200), which swaps in the rules for cached documents.</summary>
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = options.ValidationRules is { } rules ? [documentLimits, .. rules] : _defaultRules;
        return next(options);
    }
}
