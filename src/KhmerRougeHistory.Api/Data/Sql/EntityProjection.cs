using System.Data.Common;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>Some of an entity's columns and the reader that builds the entity from them (other properties keep their defaults).</summary>
public sealed class EntityProjection<TEntity>(IReadOnlyList<string> columns, Func<DbDataReader, int, TEntity> read)
{
    public IReadOnlyList<string> Columns => columns;

    public int Width => columns.Count;

    public string SelectList(string alias) => string.Join(", ", columns.Select(column => alias + "." + column));

    public TEntity Read(DbDataReader reader, int offset = 0) => read(reader, offset);
}
