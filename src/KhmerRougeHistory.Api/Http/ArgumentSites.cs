using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using KhmerRougeHistory.Api.Graph;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// The places in one operation where graphql-dotnet parses argument values before execution: every node with
/// directives, and every field with arguments together with its definition, in the order graphql-dotnet's
/// argument-parsing visitor (<c>DocumentValidator.ParseArgumentVisitor</c>, private) meets them. It walks the same
/// nodes with the same rules (the selected operation, each fragment once, a field's definition looked up on the
/// enclosing type, abstract types not pushed), so the values parsed at these sites are the ones it would parse, and
/// the errors come in its order. Found once per operation, because the walk depends on the document and the schema only.
/// </summary>
internal sealed class ArgumentSites
{
    private ArgumentSites(IReadOnlyList<Site> sites) => All = sites;

    /// <summary>Where to parse: <see cref="Site.Field"/> set for a field's arguments, unset for a node's directives.</summary>
    public IReadOnlyList<Site> All { get; }

    public static ArgumentSites Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var walk = new Walk(schema, document, operation);
        // The walk awaits nothing: every override completes synchronously.
        SiteVisitor.Instance.VisitAsync(document, walk).AsTask().GetAwaiter().GetResult();
        return new ArgumentSites(walk.Sites);
    }

    /// <summary>One site: a node whose directives are parsed, or a field (with its definition) whose arguments are.</summary>
    public readonly record struct Site(IHasDirectivesNode? Directed, GraphQLField? Field, FieldType? Definition);

    private sealed class Walk(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) : IASTVisitorContext
    {
        public ISchema Schema { get; } = schema;

        public GraphQLDocument Document { get; } = document;

        public GraphQLOperationDefinition Operation { get; } = operation;

        public Stack<IComplexGraphType> Types { get; } = new();

        public HashSet<ROM> VisitedFragments { get; } = [];

        public List<Site> Sites { get; } = [];

        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class SiteVisitor : ASTVisitor<Walk>
    {
        public static readonly SiteVisitor Instance = new();

        public override ValueTask VisitAsync(ASTNode? node, Walk walk)
        {
            if (node is IHasDirectivesNode { Directives.Count: > 0 } directed)
            {
                walk.Sites.Add(new Site(directed, null, null));
            }

            return base.VisitAsync(node, walk);
        }

        protected override ValueTask VisitDocumentAsync(GraphQLDocument document, Walk walk) => VisitAsync(walk.Operation, walk);

        protected override async ValueTask VisitOperationDefinitionAsync(GraphQLOperationDefinition operation, Walk walk)
        {
            if (OperationRoots.Of(walk.Schema, operation) is { } root)
            {
                await WithinAsync(root, () => base.VisitOperationDefinitionAsync(operation, walk), walk);
            }
        }

        protected override async ValueTask VisitInlineFragmentAsync(GraphQLInlineFragment fragment, Walk walk)
        {
            var visitBody = () => base.VisitInlineFragmentAsync(fragment, walk);
            if (fragment.TypeCondition is null)
            {
                await visitBody();
                return;
            }

            await WithinConditionAsync(walk.Schema.AllTypes[fragment.TypeCondition.Type.Name.Value]?.GetNamedType(), visitBody, walk);
        }

        protected override ValueTask VisitFragmentSpreadAsync(GraphQLFragmentSpread spread, Walk walk)
        {
            var name = spread.FragmentName.Name.Value;
            return walk.VisitedFragments.Add(name) && walk.Document.FindFragmentDefinition(name) is { } definition
                ? VisitAsync(definition, walk)
                : default;
        }

        protected override ValueTask VisitFragmentDefinitionAsync(GraphQLFragmentDefinition fragment, Walk walk) =>
            WithinConditionAsync(
                walk.Schema.AllTypes[fragment.TypeCondition.Type.Name.Value]?.GetNamedType(),
                () => base.VisitFragmentDefinitionAsync(fragment, walk),
                walk);

        protected override async ValueTask VisitFieldAsync(GraphQLField field, Walk walk)
        {
            var schema = walk.Schema;
            var name = field.Name.Value;
            var definition =
                name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType :
                name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType :
                name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType :
                walk.Types.TryPeek(out var enclosing) ? enclosing.Fields.Find(name) : null;
            if (definition is null)
            {
                return;
            }

            if (field.Arguments?.Count > 0)
            {
                walk.Sites.Add(new Site(null, field, definition));
            }

            switch (definition.ResolvedType?.GetNamedType())
            {
                case IComplexGraphType type:
                    await WithinAsync(type, () => base.VisitFieldAsync(field, walk), walk);
                    break;
                case UnionGraphType:
                    // No concrete type yet: the union's fragments push their own.
                    await base.VisitFieldAsync(field, walk);
                    break;
            }
        }

        /// <summary>A fragment's body on its type condition; on an abstract type, without a type (its fragments push one).</summary>
        private static async ValueTask WithinConditionAsync(IGraphType? condition, Func<ValueTask> visitBody, Walk walk)
        {
            switch (condition)
            {
                case IComplexGraphType type:
                    await WithinAsync(type, visitBody, walk);
                    break;
                case IAbstractGraphType:
                    await visitBody();
                    break;
            }
        }

        private static async ValueTask WithinAsync(IComplexGraphType type, Func<ValueTask> visit, Walk walk)
        {
            walk.Types.Push(type);
            await visit();
            walk.Types.Pop();
        }
    }
}
