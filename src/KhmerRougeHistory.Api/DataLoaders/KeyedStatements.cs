using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// Statements that find rows by a batch of keys: <c>WHERE column IN (…)</c>, ordered by the columns of the index that
/// finds them with the key as tie-break, so that a list is stable and SQLite does not sort.
/// </summary>
public static class KeyedStatements
{
    public static SqlTemplate WhereIn<T>(EntityTable<T> table, string keyProperty, params string[] orderBy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(p => $"SELECT {table.SelectList("t")} FROM {table.Name} AS t WHERE t.{table.Column(keyProperty)} IN ({p[0]})" +
            (orderBy.Length == 0 ? string.Empty : " ORDER BY " + string.Join(", ", orderBy.Select(o => "t." + table.Column(o)))));
    }
}
