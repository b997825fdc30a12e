using System.Collections.Frozen;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// Compiles, once per entity, the code that builds it from a row: each property read with the reader's typed getter
/// and turned into its CLR value by the model's own converter (enum names, JSON lists), NULL read as default. For a
/// hierarchy sharing a table, the discriminator picks the concrete type.
/// </summary>
internal static class EntityMaterializer
{
    private static readonly MethodInfo _getFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;
    private static readonly MethodInfo _isDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull))!;

    // The typed getters skip the generic type switch of GetFieldValue<T>: a request reads thousands of values.
    private static readonly Dictionary<Type, MethodInfo> _typedGetters = new()
    {
        [typeof(string)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetString))!,
        [typeof(int)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetInt32))!,
        [typeof(long)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetInt64))!,
        [typeof(double)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetDouble))!,
        [typeof(bool)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetBoolean))!,
    };

    public static Func<DbDataReader, int, TEntity> Compile<TEntity>(IEntityType entityType, EntityColumns columns)
    {
        var concrete = entityType.GetDerivedTypesInclusive().Where(type => !type.IsAbstract()).ToList();
        if (concrete.Count == 1)
        {
            return Build<TEntity>(concrete[0], columns);
        }

        var discriminator = entityType.FindDiscriminatorProperty()
            ?? throw new InvalidOperationException($"{entityType.DisplayName()} has several concrete types and no discriminator.");
        var at = columns.IndexOf(discriminator);
        var byValue = concrete.ToFrozenDictionary(type => (string)type.GetDiscriminatorValue()!, type => Build<TEntity>(type, columns), StringComparer.Ordinal);
        return (reader, offset) => byValue.TryGetValue(reader.GetString(offset + at), out var read)
            ? read(reader, offset)
            : throw new InvalidOperationException($"Unknown {entityType.DisplayName()} discriminator '{reader.GetString(offset + at)}'.");
    }

    private static Func<DbDataReader, int, TEntity> Build<TEntity>(IEntityType type, EntityColumns columns)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var offset = Expression.Parameter(typeof(int), "offset");
        var bindings = type.GetProperties()
            .Where(property => property.PropertyInfo is { CanWrite: true } && columns.IndexOf(property) >= 0)
            .Select(property => Expression.Bind(property.PropertyInfo!, Value(reader, Expression.Add(offset, Expression.Constant(columns.IndexOf(property))), property)));
        var body = Expression.Convert(Expression.MemberInit(Expression.New(type.ClrType), bindings), typeof(TEntity));
        return Expression.Lambda<Func<DbDataReader, int, TEntity>>(body, reader, offset).Compile();
    }

    private static Expression Value(ParameterExpression reader, Expression index, IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var stored = converter?.ProviderClrType ?? property.ClrType;
        stored = Nullable.GetUnderlyingType(stored) ?? stored;
        Expression value = Expression.Call(reader, _typedGetters.GetValueOrDefault(stored) ?? _getFieldValue.MakeGenericMethod(stored), index);
        if (converter is not null)
        {
            var fromProvider = converter.ConvertFromProviderExpression;
            value = ReplacingExpressionVisitor.Replace(fromProvider.Parameters[0], Convert(value, fromProvider.Parameters[0].Type), fromProvider.Body);
        }

        value = Convert(value, property.ClrType);

        // A required column of a row of this type holds a value: no NULL test (one native call less per value).
        // Table-per-hierarchy columns of other types are NULL in this type's rows, but this type reads only its own.
        return property.IsNullable
            ? Expression.Condition(Expression.Call(reader, _isDbNull, index), Expression.Default(property.ClrType), value)
            : value;
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);
}
