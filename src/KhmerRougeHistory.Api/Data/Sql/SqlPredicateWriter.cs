using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// Writes the predicates and sort keys the query layer builds as LINQ expressions (filters, keyset positions, a
/// list's own condition) as SQL over the model's tables, every value a parameter. It knows the shapes those layers
/// build, and no other: member access, comparisons (strings through <c>string.Compare</c>), <c>and</c>/<c>or</c>/<c>not</c>,
/// <c>Contains</c> on a list of values (either form), <c>EF.Functions.Like</c>, <c>Any</c>/<c>All</c> over a collection relation
/// and <see cref="SqlRelation.Matches"/> on a to-one relation (the row's key <c>IN</c> the related rows' keys, or an
/// <c>EXISTS</c> when the related test reads the outer row, is negated or is an <c>All</c>), and <c>is</c> a type
/// of a shared table (its discriminator test). Each condition is written so that it is never NULL, so <c>not</c> means what C# means
/// by it (a NULL column is "not equal", never "unknown").
/// </summary>
public sealed class SqlPredicateWriter(EntityTables tables, SqlDialect dialect)
{
    private static readonly MethodInfo _compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public string Write(LambdaExpression predicate, string alias, SqlParameterList parameters)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new Translation(this, parameters).Predicate(predicate.Body, new Scope(predicate.Parameters[0], alias, tables.For(predicate.Parameters[0].Type), null));
    }

    /// <summary>The column a selector such as <c>s =&gt; s.Label</c> reads, qualified by <paramref name="alias"/>.</summary>
    public string Column(LambdaExpression selector, string alias)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var scope = new Scope(selector.Parameters[0], alias, tables.For(selector.Parameters[0].Type), null);
        return Translation.ColumnOf(selector.Body, scope)?.Sql ?? throw Unsupported(selector.Body);
    }

    private static NotSupportedException Unsupported(Expression expression) => new($"The data path cannot write '{expression}' as SQL.");

    private sealed record Scope(ParameterExpression Parameter, string Alias, EntityTable Table, Scope? Outer);

    private readonly record struct ColumnRef(string Sql, EntityTable Table, string Property)
    {
        public bool Nullable => Table.IsNullable(Property);
    }

    private sealed class Translation(SqlPredicateWriter writer, SqlParameterList parameters)
    {
        private int _aliases;

        public string Predicate(Expression expression, Scope scope) => expression switch
        {
            ConstantExpression { Value: bool value } => value ? "1 = 1" : "1 = 0",
            BinaryExpression { NodeType: ExpressionType.AndAlso } and_ => $"({Predicate(and_.Left, scope)} AND {Predicate(and_.Right, scope)})",
            BinaryExpression { NodeType: ExpressionType.OrElse } or_ => $"({Predicate(or_.Left, scope)} OR {Predicate(or_.Right, scope)})",
            UnaryExpression { NodeType: ExpressionType.Not } not => $"NOT ({Negated(not.Operand, scope)})",
            _ when !References(expression, scope) => (bool)Evaluate(expression)! ? "1 = 1" : "1 = 0",
            TypeBinaryExpression { NodeType: ExpressionType.TypeIs } test => TypeTest(test, scope),
            BinaryExpression comparison => Comparison(comparison, scope),
            MethodCallExpression call => Call(call, scope),
            _ => throw Unsupported(expression),
        };

        /// <summary>
        /// The operand of a NOT. A negated relation (<c>none</c>, <c>any: false</c>) stays a correlated EXISTS: a NOT IN
        /// over a subquery is no anti-join for PostgreSQL, which would test every row against the whole related set.
        /// </summary>
        private string Negated(Expression operand, Scope scope) => operand switch
        {
            MethodCallExpression { Method.Name: nameof(Enumerable.Any) } any when any.Method.DeclaringType == typeof(Enumerable) => Exists(any, scope, correlated: true),
            MethodCallExpression { Method.Name: nameof(SqlRelation.Matches) } related when related.Method.DeclaringType == typeof(SqlRelation) => Related(related, scope, correlated: true),
            _ => Predicate(operand, scope),
        };

        public static ColumnRef? ColumnOf(Expression expression, Scope scope)
        {
            if (StripConvert(expression) is not MemberExpression { Expression: { } target } member || StripConvert(target) is not ParameterExpression parameter)
            {
                return null;
            }

            for (var s = scope; s is not null; s = s.Outer)
            {
                if (s.Parameter == parameter)
                {
                    return new ColumnRef(s.Alias + "." + s.Table.Column(member.Member.Name), s.Table, member.Member.Name);
                }
            }

            return null;
        }

        private string Comparison(BinaryExpression comparison, Scope scope)
        {
            var (left, right, type) = (comparison.Left, comparison.Right, comparison.NodeType);

            // string.Compare(a, b) > 0, as keyset positions on text are written: compare a with b.
            if (StripConvert(left) is MethodCallExpression call && call.Method == _compare && !References(right, scope) && Evaluate(right) is 0)
            {
                (left, right) = (call.Arguments[0], call.Arguments[1]);
            }

            if (ColumnOf(left, scope) is { } column && !References(right, scope))
            {
                return Compare(column, type, Evaluate(right));
            }

            if (ColumnOf(right, scope) is { } flipped && !References(left, scope))
            {
                return Compare(flipped, Flip(type), Evaluate(left));
            }

            throw Unsupported(comparison);
        }

        private string Compare(ColumnRef column, ExpressionType type, object? value)
        {
            if (value is null)
            {
                // As C# compares with null: only == and != can be true.
                return type switch
                {
                    ExpressionType.Equal => column.Sql + " IS NULL",
                    ExpressionType.NotEqual => column.Sql + " IS NOT NULL",
                    _ => "1 = 0",
                };
            }

            var parameter = parameters.Add(column.Table.ToProvider(column.Property, value));
            var op = type switch
            {
                ExpressionType.Equal => "=",
                ExpressionType.NotEqual => "<>",
                ExpressionType.GreaterThan => ">",
                ExpressionType.GreaterThanOrEqual => ">=",
                ExpressionType.LessThan => "<",
                ExpressionType.LessThanOrEqual => "<=",
                _ => throw new NotSupportedException($"The data path cannot write a {type} comparison."),
            };
            var test = $"{column.Sql} {op} {parameter}";
            return !column.Nullable ? test
                : type == ExpressionType.NotEqual ? $"({column.Sql} IS NULL OR {test})"
                : $"({column.Sql} IS NOT NULL AND {test})";
        }

        private string Call(MethodCallExpression call, Scope scope)
        {
            var method = call.Method;
            if (method.DeclaringType == typeof(Enumerable) && method.Name == nameof(Enumerable.Contains) && call.Arguments.Count == 2
                && ColumnOf(call.Arguments[1], scope) is { } column && !References(call.Arguments[0], scope))
            {
                return In(column, (IEnumerable)Evaluate(call.Arguments[0])!);
            }

            // The same test written as a list's own method (List<T>.Contains, HashSet<T>.Contains).
            if (method.Name == nameof(Enumerable.Contains) && call.Object is { } values && call.Arguments.Count == 1
                && typeof(IEnumerable).IsAssignableFrom(values.Type) && ColumnOf(call.Arguments[0], scope) is { } item && !References(values, scope))
            {
                return In(item, (IEnumerable)Evaluate(values)!);
            }

            if (method.DeclaringType == typeof(DbFunctionsExtensions) && method.Name == nameof(DbFunctionsExtensions.Like) && call.Arguments.Count == 4
                && ColumnOf(call.Arguments[1], scope) is { } text)
            {
                var escape = (string)Evaluate(call.Arguments[3])!;
                var like = writer.Dialect.CaseInsensitiveLike(text.Sql, parameters.Add(Evaluate(call.Arguments[2])), escape);
                return text.Nullable ? $"({text.Sql} IS NOT NULL AND {like})" : like;
            }

            if (method.DeclaringType == typeof(Enumerable) && method.Name is nameof(Enumerable.Any) or nameof(Enumerable.All))
            {
                return Exists(call, scope);
            }

            if (method.DeclaringType == typeof(SqlRelation) && method.Name == nameof(SqlRelation.Matches))
            {
                return Related(call, scope);
            }

            throw Unsupported(call);
        }

        private string In(ColumnRef column, IEnumerable values)
        {
            var items = values.Cast<object?>().ToList();
            var placeholders = items.Where(v => v is not null).Select(v => parameters.Add(column.Table.ToProvider(column.Property, v))).ToList();
            var test = placeholders.Count == 0 ? "1 = 0" : $"{column.Sql} IN ({string.Join(", ", placeholders)})";
            return items.Contains(null) ? $"({column.Sql} IS NULL OR {test})"
                : column.Nullable && placeholders.Count > 0 ? $"({column.Sql} IS NOT NULL AND {test})"
                : test;
        }

        /// <summary><c>items.Any(p)</c> / <c>items.All(p)</c> over a collection relation, optionally narrowed by <c>Where</c>s.</summary>
        private string Exists(MethodCallExpression call, Scope scope, bool correlated = false)
        {
            var source = call.Arguments[0];
            var narrowing = new List<LambdaExpression>();
            while (source is MethodCallExpression { Method.Name: nameof(Enumerable.Where) } where && where.Method.DeclaringType == typeof(Enumerable))
            {
                narrowing.Add((LambdaExpression)StripQuote(where.Arguments[1]));
                source = where.Arguments[0];
            }

            if (StripConvert(source) is not MemberExpression { Expression: { } owner } navigation || ColumnOwner(owner, scope) is not { } outer)
            {
                throw Unsupported(call);
            }

            var (target, targetColumn, ownColumn) = outer.Table.Collection(navigation.Member.Name);
            var alias = NextAlias();
            var table = writer.Tables.For(target);
            var all = call.Method.Name == nameof(Enumerable.All);
            var test = call.Arguments.Count == 2 ? (LambdaExpression)StripQuote(call.Arguments[1]) : null;
            var related = new List<string>();
            if (table.TypeCondition is { } typeCondition)
            {
                related.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, typeCondition, alias));
            }

            foreach (var lambda in narrowing)
            {
                related.Add(Predicate(lambda.Body, new Scope(lambda.Parameters[0], alias, table, scope)));
            }

            if (test is not null)
            {
                var written = Predicate(test.Body, new Scope(test.Parameters[0], alias, table, scope));
                related.Add(all ? $"NOT ({written})" : written);
            }

            if (!all && !correlated && !narrowing.Append(test).OfType<LambdaExpression>().Any(lambda => References(lambda.Body, scope)))
            {
                return KeyIn(outer.Alias, ownColumn, table.Name, alias, targetColumn, related);
            }

            var exists = CorrelatedExists(outer.Alias, ownColumn, table.Name, alias, targetColumn, related);
            return all ? "NOT " + exists : exists;
        }

        /// <summary>A related row joined to the outer row by its key exists and meets <paramref name="related"/>.</summary>
        private static string CorrelatedExists(string outerAlias, string ownColumn, string table, string alias, string targetColumn, IEnumerable<string> related) =>
            $"EXISTS (SELECT 1 FROM {table} AS {alias} WHERE {string.Join(" AND ", related.Prepend($"{alias}.{targetColumn} = {outerAlias}.{ownColumn}"))})";

        /// <summary>
        /// The row's key among the related rows' keys, the related rows found on their own: the database can start from
        /// them (the few events at one site) instead of testing every row of the outer table. Both sides exclude NULL,
        /// so the test is never NULL and <c>NOT</c> keeps its meaning.
        /// </summary>
        private static string KeyIn(string outerAlias, string ownColumn, string table, string alias, string targetColumn, IEnumerable<string> related) =>
            $"({outerAlias}.{ownColumn} IS NOT NULL AND {outerAlias}.{ownColumn} IN (SELECT {alias}.{targetColumn} FROM {table} AS {alias} " +
            $"WHERE {string.Join(" AND ", related.Prepend($"{alias}.{targetColumn} IS NOT NULL"))}))";

        /// <summary><c>row.Relation.Matches&lt;T&gt;(p)</c>: the row the relation's key names exists, is a <c>T</c>, and satisfies <c>p</c>.</summary>
        private string Related(MethodCallExpression call, Scope scope, bool correlated = false)
        {
            if (StripConvert(call.Arguments[0]) is not MemberExpression { Expression: { } owner } navigation || ColumnOwner(owner, scope) is not { } outer)
            {
                throw Unsupported(call);
            }

            var (_, targetColumn, ownColumn) = outer.Table.Reference(navigation.Member.Name);
            var lambda = (LambdaExpression)StripQuote(call.Arguments[1]);
            var alias = NextAlias();
            var table = writer.Tables.For(lambda.Parameters[0].Type);
            var related = new List<string>();
            if (table.TypeCondition is { } typeCondition)
            {
                related.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, typeCondition, alias));
            }

            related.Add(Predicate(lambda.Body, new Scope(lambda.Parameters[0], alias, table, scope)));
            return correlated || References(lambda.Body, scope)
                ? CorrelatedExists(outer.Alias, ownColumn, table.Name, alias, targetColumn, related)
                : KeyIn(outer.Alias, ownColumn, table.Name, alias, targetColumn, related);
        }

        /// <summary><c>row is T</c> on a row of a shared table: the discriminator values of <c>T</c> and the types below it.</summary>
        private string TypeTest(TypeBinaryExpression test, Scope scope)
        {
            if (ColumnOwner(test.Expression, scope) is not { } owner)
            {
                throw Unsupported(test);
            }

            return !owner.Table.ClrType.IsAssignableFrom(test.TypeOperand) && !test.TypeOperand.IsAssignableFrom(owner.Table.ClrType) ? "1 = 0"
                : writer.Tables.For(test.TypeOperand).TypeCondition is { } condition ? string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, owner.Alias)
                : "1 = 1";
        }

        private string NextAlias() => "x" + (++_aliases).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static Scope? ColumnOwner(Expression owner, Scope scope)
        {
            for (var s = scope; s is not null; s = s.Outer)
            {
                if (StripConvert(owner) == s.Parameter)
                {
                    return s;
                }
            }

            return null;
        }

        private static bool References(Expression expression, Scope scope)
        {
            var finder = new ParameterFinder(scope);
            finder.Visit(expression);
            return finder.Found;
        }

        /// <summary>The value of an expression that reads no row: a constant, or a member of one (a closure, a holder).</summary>
        private static object? Evaluate(Expression expression) => expression switch
        {
            ConstantExpression constant => constant.Value,
            MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
            MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert => Evaluate(convert.Operand),
            _ => Expression.Lambda(expression).Compile().DynamicInvoke(),
        };

        private static Expression StripConvert(Expression expression) =>
            expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? StripConvert(convert.Operand) : expression;

        private static Expression StripQuote(Expression expression) => expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;

        private static ExpressionType Flip(ExpressionType type) => type switch
        {
            ExpressionType.GreaterThan => ExpressionType.LessThan,
            ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
            ExpressionType.LessThan => ExpressionType.GreaterThan,
            ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
            _ => type,
        };
    }

    private EntityTables Tables => tables;

    private SqlDialect Dialect => dialect;

    private sealed class ParameterFinder(Scope scope) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var s = scope; s is not null; s = s.Outer)
            {
                Found |= s.Parameter == node;
            }

            return node;
        }
    }
}
