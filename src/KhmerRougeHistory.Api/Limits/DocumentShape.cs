using GraphQLParser;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// The measures of a document that <see cref="DocumentLimitsRule"/> limits, taken from the syntax tree alone:
/// field depth, introspection list depth and aliases of the operation (each fragment measured once and counted
/// where it is spread, so a fragment spread many times costs no extra work). A fragment that spreads itself
/// counts as empty here: the NoFragmentCycles rule refuses it.
/// </summary>
internal sealed class DocumentShape
{
    private static readonly string[] _introspectionRoots = ["__schema", "__type"];
    private static readonly string[] _introspectionLists = ["fields", "interfaces", "possibleTypes", "inputFields"];

    private readonly GraphQLDocument _document;
    private readonly Dictionary<GraphQLFragmentDefinition, int> _depths = [];
    private readonly Dictionary<GraphQLFragmentDefinition, int> _introspectionDepths = [];
    private readonly Dictionary<GraphQLFragmentDefinition, long> _aliases = [];
    private readonly HashSet<GraphQLFragmentDefinition> _entered = [];

    private DocumentShape(GraphQLDocument document) => _document = document;

    /// <summary>How deep fields nest, not counting below <c>__schema</c> and <c>__type</c>.</summary>
    public int Depth { get; private set; }

    /// <summary>How deep <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> nest below <c>__schema</c> and <c>__type</c>.</summary>
    public int IntrospectionListDepth { get; private set; }

    /// <summary>Aliases in the operation, a fragment's counted each time it is spread.</summary>
    public long Aliases { get; private set; }

    public static DocumentShape Measure(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var shape = new DocumentShape(document);
        shape.Depth = shape.DepthOf(operation.SelectionSet);
        shape.Aliases = shape.AliasesOf(operation.SelectionSet);
        return shape;
    }

    private int DepthOf(GraphQLSelectionSet selectionSet)
    {
        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            depth = Math.Max(depth, selection switch
            {
                GraphQLField field when IsAny(field.Name, _introspectionRoots) => IntrospectionRoot(field),
                GraphQLField field => 1 + (field.SelectionSet is { } child ? DepthOf(child) : 0),
                GraphQLInlineFragment inline => DepthOf(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread, _depths, DepthOf),
                _ => 0,
            });
        }

        return depth;
    }

    private int IntrospectionRoot(GraphQLField field)
    {
        if (field.SelectionSet is { } child)
        {
            IntrospectionListDepth = Math.Max(IntrospectionListDepth, IntrospectionListDepthOf(child));
        }

        return 1;
    }

    private int IntrospectionListDepthOf(GraphQLSelectionSet selectionSet)
    {
        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            depth = Math.Max(depth, selection switch
            {
                GraphQLField field => (IsAny(field.Name, _introspectionLists) ? 1 : 0) + (field.SelectionSet is { } child ? IntrospectionListDepthOf(child) : 0),
                GraphQLInlineFragment inline => IntrospectionListDepthOf(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread, _introspectionDepths, IntrospectionListDepthOf),
                _ => 0,
            });
        }

        return depth;
    }

    private long AliasesOf(GraphQLSelectionSet selectionSet)
    {
        var aliases = 0L;
        foreach (var selection in selectionSet.Selections)
        {
            aliases = SaturatingAdd(aliases, selection switch
            {
                GraphQLField field => SaturatingAdd(field.Alias is null ? 0 : 1, field.SelectionSet is { } child ? AliasesOf(child) : 0),
                GraphQLInlineFragment inline => AliasesOf(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread, _aliases, AliasesOf),
                _ => 0,
            });
        }

        return aliases;
    }

    /// <summary>A fragment's measure, taken once; unknown fragments and fragment cycles measure 0.</summary>
    private T Fragment<T>(GraphQLFragmentSpread spread, Dictionary<GraphQLFragmentDefinition, T> measured, Func<GraphQLSelectionSet, T> measure)
        where T : struct
    {
        if (_document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment)
        {
            return default;
        }

        if (measured.TryGetValue(fragment, out var value))
        {
            return value;
        }

        if (!_entered.Add(fragment))
        {
            return default;
        }

        value = measure(fragment.SelectionSet);
        _entered.Remove(fragment);
        measured[fragment] = value;
        return value;
    }

    private static bool IsAny(GraphQLName name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (name.Value == candidate)
            {
                return true;
            }
        }

        return false;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
