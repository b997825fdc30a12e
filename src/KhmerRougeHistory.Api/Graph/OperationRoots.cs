using GraphQL.Types;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Graph;

/// <summary>The schema's root type an operation starts from (graphql-dotnet keeps its own lookup internal).</summary>
internal static class OperationRoots
{
    /// <summary>The query, mutation or subscription type; null when the schema has none for the operation.</summary>
    public static IObjectGraphType? Of(ISchema schema, GraphQLOperationDefinition operation) => operation.Operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        OperationType.Subscription => schema.Subscription,
        _ => null,
    };
}
