using GraphQL.Validation;
using KhmerRougeHistory.Api.Limits.Errors;
using KhmerRougeHistory.Api.Querying;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// The registered validator (graphql-dotnet's), then the cost of every request whose document is valid and whose variables and
/// arguments are known: published as <see cref="RequestCostFeature"/> on the HTTP context, and a request over either
/// cost limit refused with <c>MAX_COST_EXCEEDED</c> before anything executes. Computed here rather than in a
/// validation rule because a rule, even one that visits nothing, makes graphql-dotnet walk the whole document with its
/// type information; a cached document has no other rule to run, and that walk was 5 % of a Search request's CPU.
/// </summary>
internal sealed class CostingDocumentValidator(
    IDocumentValidator inner,
    IOptions<RequestLimitsOptions> limits,
    IOptions<PagingOptions> paging,
    IHttpContextAccessor httpContextAccessor,
    ILogger<CostingDocumentValidator> logger) : IDocumentValidator
{
    private readonly RequestLimitsOptions _limits = limits.Value;
    private readonly PagingOptions _paging = paging.Value;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var validating = inner.ValidateAsync(options);
        return validating.IsCompletedSuccessfully ? Task.FromResult(Costed(options, validating.Result)) : CostedAsync(validating, options);
    }

    private async Task<IValidationResult> CostedAsync(Task<IValidationResult> validating, ValidationOptions options) =>
        Costed(options, await validating);

    private IValidationResult Costed(in ValidationOptions options, IValidationResult validated)
    {
        if (!validated.IsValid)
        {
            return validated;
        }

        var errors = new List<ValidationError>();
        var cost = CostAnalyzer.Analyze(options, validated, _limits, _paging, errors);
        httpContextAccessor.HttpContext?.Features.Set(cost);
        Log.CostComputed(logger, options.Operation.Name?.StringValue, cost.FieldCost, cost.TypeCost);
        if (errors.Count == 0 && cost.Exceeds(_limits))
        {
            errors.Add(new MaxCostExceededError(options.Document.Source, options.Operation, cost, _limits));
        }

        return errors.Count == 0 ? validated : new ValidationResult(errors)
        {
            Variables = validated.Variables,
            ArgumentValues = validated.ArgumentValues,
            DirectiveValues = validated.DirectiveValues,
        };
    }
}
