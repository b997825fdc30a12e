using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// The columns an entity's rows are read from: every stored property of the type and of the types that share its
/// table (table-per-hierarchy), each column once, the discriminator first when there is one.
/// </summary>
internal sealed class EntityColumns
{
    private EntityColumns(List<string> names, Dictionary<string, IProperty> properties, StoreObjectIdentifier store, bool hasDiscriminator)
    {
        Names = names;
        Properties = properties;
        Store = store;
        HasDiscriminator = hasDiscriminator;
    }

    /// <summary>Whether the first column is the discriminator of a table-per-hierarchy.</summary>
    public bool HasDiscriminator { get; }

    public List<string> Names { get; }

    /// <summary>Properties by CLR name, the hierarchy's included (the first declaration of a name wins for lookups).</summary>
    public Dictionary<string, IProperty> Properties { get; }

    public StoreObjectIdentifier Store { get; }

    public int IndexOf(IProperty property) => Names.IndexOf(property.GetColumnName(Store) ?? property.GetColumnName());

    /// <summary>The discriminator (when there is one) and the columns of <paramref name="properties"/>, in this order.</summary>
    public EntityColumns Only(IEnumerable<IProperty> properties)
    {
        var wanted = properties.Select(p => p.GetColumnName(Store) ?? p.GetColumnName()).ToHashSet(StringComparer.Ordinal);
        return new EntityColumns([.. Names.Where((name, i) => (i == 0 && HasDiscriminator) || wanted.Contains(name))], Properties, Store, HasDiscriminator);
    }

    public static EntityColumns Of(IEntityType entityType)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var names = new List<string>();
        var properties = new Dictionary<string, IProperty>(StringComparer.Ordinal);
        var discriminator = entityType.FindDiscriminatorProperty();
        var all = entityType.GetDerivedTypesInclusive().SelectMany(type => type.GetDeclaredProperties())
            .Concat(entityType.GetProperties())
            .OrderBy(property => property == discriminator ? 0 : 1);
        foreach (var property in all)
        {
            var column = property.GetColumnName(store) ?? property.GetColumnName();
            if (!names.Contains(column))
            {
                names.Add(column);
            }

            properties.TryAdd(property.Name, property);
        }

        return new EntityColumns(names, properties, store, discriminator is not null);
    }
}
