using GraphQL.Validation;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Http.Errors;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Refuses to run a mutation or subscription that came with GET. It looks at the operation the request selects
/// in the parsed document, so it also runs on documents taken from the cache.
/// </summary>
internal sealed class GetOnlyQueriesRule : ValidationRuleBase
{
    public static readonly GetOnlyQueriesRule Instance = new();

    private GetOnlyQueriesRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new GetOnlyQueriesError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
