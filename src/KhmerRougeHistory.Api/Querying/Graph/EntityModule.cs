using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>
/// An entity declared once, in its own folder: its paged list (connection, edge, <c>where</c> and <c>order</c> types)
/// and its root field, a connection over all its rows (<c>persons</c>).
/// </summary>
public abstract class EntityModule<TSelf, TEntity, TNodeType> : PagedList<TSelf, TEntity, TNodeType>, IEntityModule
    where TSelf : IPagedList<TEntity>
    where TEntity : class
    where TNodeType : IGraphType
{
    public abstract int Position { get; }

    /// <summary>The root field's name, e.g. <c>persons</c>.</summary>
    protected abstract string RootField { get; }

    protected abstract string RootFieldDescription { get; }

    public virtual void AddQueryFields(ObjectGraphType query) =>
        query.AddRootConnection<TEntity, Connection, Where, Order>(RootField, RootFieldDescription, TSelf.Query);
}
