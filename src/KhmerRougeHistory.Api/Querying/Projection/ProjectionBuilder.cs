using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace KhmerRougeHistory.Api.Querying.Projection;

/// <summary>
/// Builds <c>e =&gt; new T { A = e.A, B = e.B }</c> for the properties a query needs, so that SQLite reads only
/// those columns. Built expressions are cached per property set.
/// </summary>
public static class ProjectionBuilder<TEntity>
    where TEntity : class
{
    private static readonly ConcurrentDictionary<string, Expression<Func<TEntity, TEntity>>> _cache = new();

    public static Expression<Func<TEntity, TEntity>> For(IEnumerable<string> properties)
    {
        var names = properties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return _cache.GetOrAdd(string.Join(',', names), _ => Build(names));
    }

    private static Expression<Func<TEntity, TEntity>> Build(List<string> names)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var bindings = names.Select(name => typeof(TEntity).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {name}."))
            .Where(p => p.CanWrite)
            .Select(p => Expression.Bind(p, Expression.Property(entity, p)));
        return Expression.Lambda<Func<TEntity, TEntity>>(Expression.MemberInit(Expression.New(typeof(TEntity)), bindings), entity);
    }
}
