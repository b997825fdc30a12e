using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Finds the first place in a document (operation, variable, fragment, field, fragment spread or inline fragment)
/// that carries more directives than allowed, for <see cref="DocumentLimitsRule"/>.
/// </summary>
internal static class DirectiveCount
{
    /// <summary>The first node of the document with more than <paramref name="limit"/> directives, if any.</summary>
    public static (ASTNode Node, int Count)? FirstOver(GraphQLDocument document, int limit)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var definition in document.Definitions)
        {
            var found = definition switch
            {
                GraphQLOperationDefinition operation => Check(operation, operation.Directives, limit)
                    ?? operation.Variables?.Items.Select(v => Check(v, v.Directives, limit)).FirstOrDefault(f => f is not null)
                    ?? FirstOver(operation.SelectionSet, limit),
                GraphQLFragmentDefinition fragment => Check(fragment, fragment.Directives, limit) ?? FirstOver(fragment.SelectionSet, limit),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static (ASTNode Node, int Count)? FirstOver(GraphQLSelectionSet selectionSet, int limit)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                GraphQLField field => Check(field, field.Directives, limit) ?? (field.SelectionSet is { } child ? FirstOver(child, limit) : null),
                GraphQLInlineFragment inline => Check(inline, inline.Directives, limit) ?? FirstOver(inline.SelectionSet, limit),
                GraphQLFragmentSpread spread => Check(spread, spread.Directives, limit),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static (ASTNode Node, int Count)? Check(ASTNode node, GraphQLDirectives? directives, int limit) =>
        directives?.Count > limit ? (node, directives.Count) : null;
}
