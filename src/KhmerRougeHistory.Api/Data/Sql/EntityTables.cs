using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>The <see cref="EntityTable{TEntity}"/> of each entity of a model, built on first use and kept.</summary>
public sealed class EntityTables(IModel model)
{
    private readonly ConcurrentDictionary<Type, object> _tables = new();

    public EntityTable<TEntity> For<TEntity>()
        where TEntity : class =>
        (EntityTable<TEntity>)_tables.GetOrAdd(typeof(TEntity), type => new EntityTable<TEntity>(
            model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of the model.")));
}
