using GraphQL;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Querying.Projection;

/// <summary>
/// Names of the fields a query selects below a field, through fragments and inline fragments: what the
/// projection and the "is totalCount selected?" decision read.
/// </summary>
public static class SelectionCollector
{
    /// <summary>Fields selected directly under the current field.</summary>
    public static HashSet<string> Fields(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, context.FieldAst.SelectionSet, names, path: []);
        return names;
    }

    /// <summary>Fields selected on the nodes of a connection: under <c>nodes</c> and <c>edges { node }</c>.</summary>
    public static HashSet<string> NodeFields(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(context, context.FieldAst.SelectionSet, names, path: ["nodes"]);
        Collect(context, context.FieldAst.SelectionSet, names, path: ["edges", "node"]);
        return names;
    }

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? set, HashSet<string> names, string[] path)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when path.Length == 0:
                    names.Add(field.Name.StringValue);
                    break;
                case GraphQLField field when field.Name.StringValue == path[0]:
                    Collect(context, field.SelectionSet, names, path[1..]);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(context, inline.SelectionSet, names, path);
                    break;
                case GraphQLFragmentSpread spread when context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment:
                    Collect(context, fragment.SelectionSet, names, path);
                    break;
            }
        }
    }
}
