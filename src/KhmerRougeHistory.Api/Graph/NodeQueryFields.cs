using GraphQL;
using GraphQL.Types;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Graph;

public static class NodeQueryFields
{
    /// <summary>Adds Relay's <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
    public static ObjectGraphType AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global ID; null when nothing has that ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID.")
            .Resolve(context => NodeResolver.Resolve(context.Loaders(), context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches several objects by global ID, in the order given; null for an ID that names nothing. At most 50 IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global IDs.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                var max = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value.MaxNodeIds;
                if (ids.Count > max)
                {
                    throw new PagingArgumentError($"nodes takes at most {max} IDs; split the request.");
                }

                var loaders = context.Loaders();
                return ids.Select(id => NodeResolver.Resolve(loaders, id)).ToList();
            });
        return query;
    }

    private static HistoryLoaders Loaders(IResolveFieldContext context) => context.Loaders();
}
