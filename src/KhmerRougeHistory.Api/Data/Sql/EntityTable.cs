using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// One entity's table as the EF Core model declares it (the model is the one declaration of tables, columns, keys and
/// stored types): its quoted name and columns, the provider value of a property, and a reader that builds the entity
/// from a row. The batch loaders write their SQL with it, so they read what EF Core would without its query pipeline.
/// </summary>
public sealed class EntityTable<TEntity>
    where TEntity : class
{
    private readonly Dictionary<string, IProperty> _properties;
    private readonly Func<DbDataReader, int, TEntity> _read;

    internal EntityTable(IEntityType entityType)
    {
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = EntityColumns.Of(entityType, store);
        Name = Quote(table);
        Columns = [.. columns.Names.Select(Quote)];
        _properties = columns.Properties;
        _read = EntityMaterializer.Compile<TEntity>(entityType, columns);
    }

    /// <summary>The quoted table name.</summary>
    public string Name { get; }

    /// <summary>The quoted columns, in the order <see cref="Read"/> expects them.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>How many columns a row of the entity takes in a result.</summary>
    public int Width => Columns.Count;

    /// <summary>The quoted column of a property.</summary>
    public string Column(string property) => Quote(Property(property).GetColumnName());

    /// <summary>Every column, qualified by <paramref name="alias"/>, for a select list.</summary>
    public string SelectList(string alias) => string.Join(", ", Columns.Select(column => alias + "." + column));

    /// <summary>A value as the column stores it (an enum as its name), for a parameter compared with that column.</summary>
    public object? ToProvider(string property, object? value)
    {
        var converter = Property(property).GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    /// <summary>The entity whose columns start at <paramref name="offset"/> in the current row.</summary>
    public TEntity Read(DbDataReader reader, int offset = 0) => _read(reader, offset);

    private IProperty Property(string name) =>
        _properties.TryGetValue(name, out var property) ? property : throw new InvalidOperationException($"{typeof(TEntity).Name} has no mapped property {name}.");

    // Both engines read double-quoted identifiers as case-sensitive names, which is how EF Core creates them.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
