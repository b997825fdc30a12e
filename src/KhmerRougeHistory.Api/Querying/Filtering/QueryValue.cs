using System.Linq.Expressions;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>
/// A client value as an expression EF Core turns into an SQL parameter (a member of a closure object),
/// not a literal: queries that differ only in values share one cached query plan, and nothing is spliced into SQL.
/// </summary>
public static class QueryValue
{
    public static Expression Of(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, ConvertTo(value, type));
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    /// <summary>Converts what graphql-dotnet parsed (int, double, string, enum, DateOnly) to the member's type.</summary>
    public static object? ConvertTo(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsInstanceOfType(value) ? value
            : target == typeof(double) ? System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)
            : target.IsEnum && value is string name ? Enum.Parse(target, name)
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The value an expression holds without reading a row: a constant, or a member of one (what <see cref="Of"/>
    /// builds). False for anything else, which the caller then leaves to SQL.
    /// </summary>
    public static bool TryRead(Expression expression, out object? value)
    {
        ArgumentNullException.ThrowIfNull(expression);
        (var found, value) = expression switch
        {
            ConstantExpression constant => (true, constant.Value),
            MemberExpression { Expression: ConstantExpression holder, Member: System.Reflection.PropertyInfo property } => (true, property.GetValue(holder.Value)),
            MemberExpression { Expression: ConstantExpression holder, Member: System.Reflection.FieldInfo field } => (true, field.GetValue(holder.Value)),
            _ => (false, null),
        };
        return found;
    }

    /// <summary>
    /// The distinct values of a list an expression holds (an <c>in</c>'s values), in their order; null when it holds
    /// no list or a NULL among them, which only SQL's own <c>IN</c> then tests.
    /// </summary>
    public static List<object>? DistinctValues(Expression list)
    {
        if (!TryRead(list, out var value) || value is not System.Collections.IEnumerable items)
        {
            return null;
        }

        var values = new List<object>();
        foreach (var item in items)
        {
            if (item is null)
            {
                return null;
            }

            if (!values.Contains(item))
            {
                values.Add(item);
            }
        }

        return values;
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
