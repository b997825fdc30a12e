using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// One entity's table as the EF Core model declares it (the model is the one declaration of tables, columns, keys,
/// relations and stored types): its quoted name and columns, the rows of its type within a shared table, the provider
/// value of a property and its collection relations. The data path writes its SQL with it.
/// </summary>
public abstract class EntityTable
{
    private readonly Dictionary<string, IProperty> _properties;

    private protected EntityTable(IEntityType entityType, EntityColumns columns)
    {
        EntityType = entityType;
        _properties = columns.Properties;
        Name = Quote(entityType.GetTableName()!);
        Columns = [.. columns.Names.Select(Quote)];
        TypeCondition = TypeConditionOf(entityType);
    }

    /// <summary>The quoted table name.</summary>
    public string Name { get; }

    /// <summary>Every quoted column of the entity's rows, in the order the full reader expects them.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The CLR type of the entity.</summary>
    public Type ClrType => EntityType.ClrType;

    /// <summary>For a type that shares its table with others (a person among subjects): its rows' discriminator test, with <c>{0}</c> for the alias.</summary>
    public string? TypeCondition { get; }

    /// <summary>The quoted column of a property.</summary>
    public string Column(string property) => Quote(Property(property).GetColumnName());

    public bool IsNullable(string property) => Property(property).IsNullable;

    /// <summary>A value as the column stores it (an enum as its name), for a parameter compared with that column.</summary>
    public object? ToProvider(string property, object? value)
    {
        var converter = Property(property).GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    /// <summary>A collection relation (a subject's claims): the related rows' table and the columns that join them.</summary>
    public (Type Target, string TargetColumn, string OwnColumn) Collection(string navigation)
    {
        var relation = EntityType.FindNavigation(navigation) is { IsCollection: true } found
            ? found
            : throw new InvalidOperationException($"{EntityType.DisplayName()} has no collection {navigation}.");
        var foreignKey = relation.ForeignKey;
        return (foreignKey.DeclaringEntityType.ClrType, Quote(foreignKey.Properties[0].GetColumnName()), Quote(foreignKey.PrincipalKey.Properties[0].GetColumnName()));
    }

    /// <summary>A to-one relation (a claim's subject): the related rows' table and the columns that join them.</summary>
    public (Type Target, string TargetColumn, string OwnColumn) Reference(string navigation)
    {
        var relation = EntityType.FindNavigation(navigation) is { IsCollection: false, IsOnDependent: true } found
            ? found
            : throw new InvalidOperationException($"{EntityType.DisplayName()} has no reference {navigation} it holds the key of.");
        var foreignKey = relation.ForeignKey;
        return (foreignKey.PrincipalEntityType.ClrType, Quote(foreignKey.PrincipalKey.Properties[0].GetColumnName()), Quote(foreignKey.Properties[0].GetColumnName()));
    }

    private protected IEntityType EntityType { get; }

    private protected IProperty Property(string name) =>
        _properties.TryGetValue(name, out var property) ? property : throw new InvalidOperationException($"{ClrType.Name} has no mapped property {name}.");

    // Both engines read double-quoted identifiers as case-sensitive names, which is how EF Core creates them.
    private protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // The discriminator values are the model's own constants, never a client's: written as literals.
    private static string? TypeConditionOf(IEntityType entityType)
    {
        if (entityType.FindDiscriminatorProperty() is not { } discriminator || entityType.BaseType is null)
        {
            return null;
        }

        var values = entityType.GetDerivedTypesInclusive().Where(t => !t.IsAbstract())
            .Select(t => "'" + ((string)t.GetDiscriminatorValue()!).Replace("'", "''", StringComparison.Ordinal) + "'");
        return "{0}." + Quote(discriminator.GetColumnName()) + " IN (" + string.Join(", ", values) + ")";
    }
}

/// <inheritdoc cref="EntityTable"/>
public sealed class EntityTable<TEntity> : EntityTable
    where TEntity : class
{
    private readonly EntityColumns _columns;
    private readonly Func<DbDataReader, int, TEntity> _read;
    private readonly ConcurrentDictionary<string, EntityProjection<TEntity>> _projections = new(StringComparer.Ordinal);

    internal EntityTable(IEntityType entityType)
        : this(entityType, EntityColumns.Of(entityType))
    {
    }

    private EntityTable(IEntityType entityType, EntityColumns columns)
        : base(entityType, columns)
    {
        _columns = columns;
        _read = EntityMaterializer.Compile<TEntity>(entityType, columns);
    }

    /// <summary>How many columns a whole row of the entity takes in a result.</summary>
    public int Width => Columns.Count;

    /// <summary>Every column, qualified by <paramref name="alias"/>, for a select list.</summary>
    public string SelectList(string alias) => string.Join(", ", Columns.Select(column => alias + "." + column));

    /// <summary>The entity whose columns start at <paramref name="offset"/> in the current row.</summary>
    public TEntity Read(DbDataReader reader, int offset = 0) => _read(reader, offset);

    /// <summary>Only some properties (the key and what the query selects): fewer columns read, fewer strings made.</summary>
    public EntityProjection<TEntity> Projection(IEnumerable<string> properties)
    {
        var names = properties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return _projections.GetOrAdd(string.Join(',', names), _ =>
        {
            var columns = _columns.Only(names.Select(Property));
            return new EntityProjection<TEntity>([.. columns.Names.Select(Quote)], EntityMaterializer.Compile<TEntity>(EntityType, columns));
        });
    }
}
