using System.Linq.Expressions;
using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Which rows a connection lists, declared once where the field is: a condition of its own (disputes are the
/// CONFLICTING groups) and, for a connection under a parent, how a row names its parent, either a column of its own
/// (a citation's <c>SourceKey</c>) or through a link table (a claim belongs to each source that cites it).
/// </summary>
public sealed record ListSource<TEntity>(Expression<Func<TEntity, bool>>? Condition = null, string? ParentProperty = null, ListLink? Through = null)
    : ICountedList
    where TEntity : class
{
    /// <summary>
    /// Set on a child list whose condition takes no client input: the importer then counts every parent's list once
    /// (<see cref="ListCounts"/>) and an unfiltered <c>totalCount</c> is read by key. A "parent" may also be a value
    /// of the entity's own column (<see cref="EntityQuery{TEntity}.CountedBy"/>: claims per property).
    /// </summary>
    public string? CountName { get; init; }

    SqlStatement ICountedList.CountsOfAllParents(SqlWriting writing) => ConnectionReader.CountsOfAllParents(writing, this);

    public static ListSource<TEntity> All { get; } = new();

    public static ListSource<TEntity> Where(Expression<Func<TEntity, bool>> condition) => new(condition);

    /// <summary>Children whose <paramref name="parentProperty"/> names the parent.</summary>
    public static ListSource<TEntity> ChildrenBy(string parentProperty, Expression<Func<TEntity, bool>>? condition = null) => new(condition, parentProperty);

    /// <summary>Children that a row of <paramref name="through"/> links to a parent.</summary>
    public static ListSource<TEntity> ChildrenThrough(ListLink through, Expression<Func<TEntity, bool>>? condition = null) => new(condition, Through: through);
}

/// <summary>A list declaration the importer can count: what <see cref="ListCounts"/> finds in the assembly.</summary>
public interface ICountedList
{
    string? CountName { get; }

    /// <summary>The statement that counts every parent's list: rows of parent key and count.</summary>
    SqlStatement CountsOfAllParents(SqlWriting writing);
}

/// <summary>
/// A link table: its rows pair a child (<paramref name="ChildProperty"/> = the child's <paramref name="ChildKeyProperty"/>)
/// with a parent. <see cref="Condition"/>, on the link's own row type, keeps only some rows as links (the claims that
/// place an event at a site, not every claim between them).
/// </summary>
public sealed record ListLink(Type Table, string ChildProperty, string ParentProperty, string ChildKeyProperty)
{
    public LambdaExpression? Condition { get; init; }
}
