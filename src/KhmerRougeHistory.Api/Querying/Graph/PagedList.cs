using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>
/// The graph types of a declared paged list, closed over its declaration <typeparamref name="TSelf"/>: the connection
/// and edge named after the list (<c>PersonModule.Connection</c> is <c>PersonsConnection</c>) and the <c>where</c> and
/// <c>order</c> inputs of its query. A list that shares another's query (disputes are claim groups) takes that one's
/// <c>Where</c> and <c>Order</c>: two CLR types may not carry one GraphQL name.
/// </summary>
public abstract class PagedList<TSelf, TEntity, TNodeType> : FilteredList<TSelf, TEntity>
    where TSelf : IPagedList<TEntity>
    where TEntity : class
    where TNodeType : IGraphType
{
    public sealed class Connection() : ConnectionGraphType<TEntity, TNodeType, Edge>(TSelf.ListName);

    public sealed class Edge() : EdgeGraphType<TEntity, TNodeType>(TSelf.ListName);

    public sealed class Order() : SortInputType<TEntity>(TSelf.Query.Sort);
}
