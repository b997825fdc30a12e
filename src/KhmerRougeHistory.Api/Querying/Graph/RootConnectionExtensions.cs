using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Paging;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Querying.Graph;

public static class RootConnectionExtensions
{
    /// <summary>Adds a root connection field (e.g. <c>persons</c>) over an entity's rows, with where/order/paging/projection.</summary>
    public static void AddRootConnection<TEntity, TConnectionType, TFilter, TSort>(
        this ObjectGraphType query, string name, string description, EntityQuery<TEntity> definition, ListSource<TEntity>? source = null)
        where TEntity : class
        where TConnectionType : IGraphType
        where TFilter : IInputObjectGraphType
        where TSort : IInputObjectGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<TConnectionType>>(name)
            .Description(description)
            .ConnectionArguments<object?, object, TFilter, TSort>()
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var arguments = ConnectionArguments.From(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
                return await services.GetRequiredService<ConnectionReader>().ReadAsync(source ?? ListSource<TEntity>.All, definition, arguments, context.CancellationToken);
            });
    }
}
