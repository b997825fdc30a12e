using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>The <see cref="EntityTable{TEntity}"/> of each entity of a model, built on first use and kept.</summary>
public sealed class EntityTables(IModel model)
{
    private readonly ConcurrentDictionary<Type, object> _tables = new();

    public EntityTable<TEntity> For<TEntity>()
        where TEntity : class => (EntityTable<TEntity>)For(typeof(TEntity));

    public EntityTable For(Type type) =>
        (EntityTable)_tables.GetOrAdd(type, t => Activator.CreateInstance(
            typeof(EntityTable<>).MakeGenericType(t),
            BindingFlags.Instance | BindingFlags.NonPublic,
            binder: null,
            [model.FindEntityType(t) ?? throw new InvalidOperationException($"{t.Name} is not an entity of the model.")],
            culture: null)!);
}
