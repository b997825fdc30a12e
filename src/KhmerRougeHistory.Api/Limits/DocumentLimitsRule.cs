using GraphQL.Validation;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Limits.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Refuses documents with too many fragments or directives, or an operation nested too deeply or with too many
/// aliases (<see cref="RequestLimitsOptions"/>). It measures the syntax tree once, when validation starts, and
/// reports at most one error. It runs only for documents that are not yet cached: a cached document passed it.
/// </summary>
internal sealed class DocumentLimitsRule(IOptions<RequestLimitsOptions> options) : ValidationRuleBase
{
    private readonly RequestLimitsOptions _limits = options.Value;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (FirstViolation(context) is { } error)
        {
            context.ReportError(error);
        }

        return default;
    }

    private RequestLimitError? FirstViolation(ValidationContext context)
    {
        var document = context.Document;
        var source = document.Source;
        var fragments = document.Definitions.Count(definition => definition is GraphQLFragmentDefinition);
        if (fragments > _limits.MaxFragments)
        {
            return new MaxFragmentsExceededError(fragments, _limits.MaxFragments);
        }

        if (DirectiveCount.FirstOver(document, _limits.MaxDirectivesPerField) is var (node, count))
        {
            return new MaxDirectivesExceededError(source, node, count, _limits.MaxDirectivesPerField);
        }

        var operation = context.Operation;
        var shape = DocumentShape.Measure(document, operation);
        return shape.Depth > _limits.MaxDepth ? MaxDepthExceededError.Fields(source, operation, shape.Depth, _limits.MaxDepth)
            : shape.IntrospectionListDepth > _limits.MaxIntrospectionListDepth ? MaxDepthExceededError.IntrospectionLists(source, operation, _limits.MaxIntrospectionListDepth)
            : shape.Aliases > _limits.MaxAliases ? new MaxAliasesExceededError(source, operation, shape.Aliases, _limits.MaxAliases)
            : null;
    }
}
