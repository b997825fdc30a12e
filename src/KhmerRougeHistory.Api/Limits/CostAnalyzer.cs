using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Limits.Errors;
using KhmerRougeHistory.Api.Querying;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Static cost analysis in the manner of HotChocolate's (IBM's GraphQL cost specification), over a valid document
/// with its argument values known. Field cost: every field returning an object or a list weighs 1, scalars and
/// enums 0, and a field's selections count once per item of its list. Type cost: how many objects the response
/// may hold, the root object included. A list's size is its <c>first</c>/<c>last</c> (the connections' edges and
/// nodes take their connection's; the default page size when neither is given), the number of
/// <c>nodes(ids:)</c> or of <c>_entities(representations:)</c>, or <see cref="RequestLimitsOptions.AssumedListSize"/> for
/// lists without paging arguments.
/// On an interface or union the most expensive possible type counts. Each selection set is costed once per
/// type and page size, so fragments spread many times add no work. Paging arguments outside what the resolvers
/// accept are reported here already, with the resolvers' codes.
/// </summary>
internal sealed class CostAnalyzer
{
    // An analysis runs start to end on one thread, so each thread keeps one analyzer and its tables between
    // requests: they are cleared, not allocated again, for every request.
    [ThreadStatic]
    private static CostAnalyzer? _kept;

    private readonly Dictionary<(GraphQLSelectionSet, IObjectGraphType, int), Cost> _costs = [];
    private readonly HashSet<GraphQLFragmentDefinition> _entered = [];
    private readonly HashSet<GraphQLField> _refused = [];
    private ValidationOptions _request;
    private IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _arguments;
    private RequestLimitsOptions _limits = null!;
    private PagingOptions _paging = null!;
    private List<ValidationError> _errors = null!;

    /// <summary>
    /// The field and type cost of the operation <paramref name="request"/> runs, over the argument values its
    /// validation parsed; paging argument errors are added to <paramref name="errors"/>.
    /// </summary>
    public static RequestCostFeature Analyze(in ValidationOptions request, IValidationResult validated, RequestLimitsOptions limits, PagingOptions paging, List<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(validated);
        var root = OperationRoots.Of(request.Schema, request.Operation);
        if (root is null)
        {
            return new RequestCostFeature(0, 1);
        }

        var analyzer = _kept ?? new CostAnalyzer();
        _kept = null;
        try
        {
            (analyzer._request, analyzer._arguments, analyzer._limits, analyzer._paging, analyzer._errors) = (request, validated.ArgumentValues, limits, paging, errors);
            var cost = analyzer.Fields(request.Operation.SelectionSet, root, pageSize: 0);
            return new RequestCostFeature(Clamp(cost.Field), Clamp(cost.Type + 1));
        }
        finally
        {
            analyzer.Forget();
            _kept = analyzer;
        }
    }

    /// <summary>Drops everything of the request analyzed: the tables keep their room, and nothing of the request stays reachable.</summary>
    private void Forget()
    {
        // A very large document leaves its room behind; beyond this, it is given back rather than cleared every time.
        const int KeptRoom = 256;
        var large = _costs.Count > KeptRoom;
        _costs.Clear();
        _entered.Clear();
        _refused.Clear();
        if (large)
        {
            _costs.TrimExcess(KeptRoom);
        }

        (_request, _arguments, _limits, _paging, _errors) = (default, null, null!, null!, null!);
    }

    private Cost SelectionSet(GraphQLSelectionSet selectionSet, IGraphType type, int pageSize) => type switch
    {
        IObjectGraphType objectType => Fields(selectionSet, objectType, pageSize),
        IAbstractGraphType abstractType => abstractType.PossibleTypes.Aggregate(default(Cost), (most, possible) => Cost.Max(most, Fields(selectionSet, possible, pageSize))),
        _ => default,
    };

    /// <summary>The cost of the selections that apply to <paramref name="type"/>; <paramref name="pageSize"/> is the size of a connection's edges and nodes (0 elsewhere).</summary>
    private Cost Fields(GraphQLSelectionSet selectionSet, IObjectGraphType type, int pageSize)
    {
        if (_costs.TryGetValue((selectionSet, type, pageSize), out var known))
        {
            return known;
        }

        var cost = default(Cost);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    cost += Field(field, type, pageSize);
                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition, type):
                    cost += Fields(inline.SelectionSet, type, pageSize);
                    break;
                case GraphQLFragmentSpread spread when _request.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                    && Applies(fragment.TypeCondition, type) && _entered.Add(fragment):
                    cost += Fields(fragment.SelectionSet, type, pageSize);
                    _entered.Remove(fragment);
                    break;
            }
        }

        _costs[(selectionSet, type, pageSize)] = cost;
        return cost;
    }

    private Cost Field(GraphQLField field, IObjectGraphType parent, int pageSize)
    {
        var definition = Definition(field.Name, parent);
        if (definition?.ResolvedType is not { } resolved)
        {
            return default;
        }

        var isList = (resolved is NonNullGraphType nonNull ? nonNull.ResolvedType : resolved) is ListGraphType;
        var type = resolved.GetNamedType();
        if (type is not (IComplexGraphType or UnionGraphType))
        {
            return new Cost(isList ? 1 : 0, 0);
        }

        var isConnection = IsPaged(definition);
        var items = isList ? ListSize(field, definition, pageSize) : 1;
        var children = field.SelectionSet is { } selections
            ? SelectionSet(selections, type, isConnection && !isList ? PageSize(field) : 0)
            : default;
        return new Cost(1 + (children.Field * items), (1 + children.Type) * items);
    }

    private FieldType? Definition(GraphQLName name, IObjectGraphType parent)
    {
        var schema = _request.Schema;
        return name.Value == "__typename" ? null
            : name.Value == "__schema" && parent == schema.Query ? schema.SchemaMetaFieldType
            : name.Value == "__type" && parent == schema.Query ? schema.TypeMetaFieldType
            : parent.GetField(name.Value);
    }

    private int ListSize(GraphQLField field, FieldType definition, int pageSize)
    {
        if (IsPaged(definition))
        {
            return PageSize(field);
        }

        // Federation's _entities answers one entity per representation.
        if (definition.Arguments?.Find("representations") is not null && Argument(field, "representations") is ICollection representations)
        {
            return representations.Count;
        }

        if (definition.Arguments?.Find("ids") is not null && Argument(field, "ids") is ICollection ids)
        {
            if (ids.Count > _paging.MaxNodeIds)
            {
                Refuse(field, SlicingArgumentError.TooManyIds(_request.Document.Source, field, _paging.MaxNodeIds));
            }

            return ids.Count;
        }

        return pageSize > 0 ? pageSize : _limits.AssumedListSize;
    }

    /// <summary>The page a connection (or a list with first/last) returns, as its resolver will compute it.</summary>
    private int PageSize(GraphQLField field)
    {
        var first = Argument(field, "first") as int?;
        var last = Argument(field, "last") as int?;
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 1)
            {
                Refuse(field, SlicingArgumentError.PageTooSmall(_request.Document.Source, field, name));
            }
            else if (value > _paging.MaxPageSize)
            {
                Refuse(field, SlicingArgumentError.PageTooLarge(_request.Document.Source, field, name, _paging.MaxPageSize));
            }
        }

        var size = first is null && last is null ? _paging.DefaultPageSize : Math.Max(first ?? 0, last ?? 0);
        return Math.Clamp(size, 1, _paging.MaxPageSize);
    }

    private object? Argument(GraphQLField field, string name) =>
        _arguments?.TryGetValue(field, out var arguments) == true && arguments.TryGetValue(name, out var argument)
            ? argument.Value
            : null;

    private void Refuse(GraphQLField field, SlicingArgumentError error)
    {
        if (_refused.Add(field))
        {
            _errors.Add(error);
        }
    }

    private bool Applies(GraphQLTypeCondition? condition, IObjectGraphType type) =>
        condition is null
        || _request.Schema.AllTypes[condition.Type.Name.Value] is not { } named
        || named == type
        || (named is IAbstractGraphType abstractType && abstractType.PossibleTypes.Contains(type));

    private static bool IsPaged(FieldType definition) =>
        definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null;

    private static int Clamp(double cost) => cost >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(cost);

    private readonly record struct Cost(double Field, double Type)
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Field + b.Field, a.Type + b.Type);

        public static Cost Max(Cost a, Cost b) => new(Math.Max(a.Field, b.Field), Math.Max(a.Type, b.Type));
    }
}
