using GraphQL.Types;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Querying.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Querying.Graph;

public static class RootConnectionExtensions
{
    /// <summary>Adds a root connection field (e.g. <c>persons</c>) over an entity set, with where/order/paging/projection.</summary>
    public static void AddRootConnection<TEntity, TConnectionType, TFilter, TSort>(
        this ObjectGraphType query, string name, string description, EntityQuery<TEntity> definition, Func<HistoryDbContext, IQueryable<TEntity>> source)
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
                await using var db = await services.GetRequiredService<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
                return await ConnectionResolver.ResolveAsync(source(db).AsNoTracking(), definition, arguments, context.CancellationToken);
            });
    }
}
