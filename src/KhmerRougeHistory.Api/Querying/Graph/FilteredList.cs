using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>
/// The <c>where</c> graph types of a declared list, closed over its declaration <typeparamref name="TSelf"/>:
/// <c>NameFilter.Where</c> is <c>NameFilterInput</c>, <c>NameFilter.ListWhere</c> is
/// <c>ListFilterInputTypeOfNameFilterInput</c>. Each GraphQL type is one CLR type, so the schema meets it where a field
/// first uses it and registers it once, without a class of its own per entity.
/// </summary>
public abstract class FilteredList<TSelf, TEntity>
    where TSelf : IFilteredList<TEntity>
{
    public sealed class Where() : FilterInputType<TEntity>(TSelf.Filter);

    public sealed class ListWhere() : ListFilterInputType<Where>();
}
