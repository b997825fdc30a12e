namespace KhmerRougeHistory.Api.Querying.Sorting;

/// <summary>One key of an order: a field and its direction.</summary>
public sealed record SortKey<TEntity>(SortField<TEntity> Field, bool Descending)
{
    public override string ToString() => Field.Name + (Descending ? ":DESC" : ":ASC");
}
