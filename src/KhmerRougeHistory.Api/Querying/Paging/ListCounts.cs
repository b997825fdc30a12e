using System.Reflection;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// The counts the importer stores for every list declared with a <see cref="ListSource{TEntity}.CountName"/>: one row
/// per parent that has items (a parent without any reads as 0), written with the same SQL the API would count with.
/// </summary>
public static class ListCounts
{
    /// <summary>Every counted list of the API: the static list declarations of its graph types (lists, or declarations that own one).</summary>
    public static IReadOnlyList<ICountedList> All { get; } = [.. typeof(ListCounts).Assembly.GetTypes().Where(type => !type.ContainsGenericParameters)
        .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        .Where(field => typeof(ICountedList).IsAssignableFrom(field.FieldType) && field.IsInitOnly)
        .Select(field => field.GetValue(null))
        .OfType<ICountedList>()
        .Where(list => list.CountName is not null)
        .DistinctBy(list => list.CountName)];

    /// <summary>Rows of parent key and count for <paramref name="parents"/>, read from the stored counts.</summary>
    public static SqlStatement Of(EntityTables tables, string name, IReadOnlyList<string> parents)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(parents);
        var counts = tables.For<ListCount>();
        var parameters = new SqlParameterList();
        var list = parameters.Add(name);
        var keys = string.Join(", ", parents.Select(parameters.Add));
        return new SqlStatement(
            $"SELECT {counts.Column(nameof(ListCount.ParentKey))}, {counts.Column(nameof(ListCount.Count))} FROM {counts.Name} " +
            $"WHERE {counts.Column(nameof(ListCount.Name))} = {list} AND {counts.Column(nameof(ListCount.ParentKey))} IN ({keys})",
            parameters.Values);
    }

    /// <summary>Counts every parent's items of every counted list into a database being built.</summary>
    public static async Task BuildAsync(DbContext context, SqlDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tables = new EntityTables(context.Model);
        var writing = new SqlWriting(tables, new SqlPredicateWriter(tables, dialect), dialect);
        var counts = tables.For<ListCount>();
        foreach (var list in All)
        {
            var statement = list.CountsOfAllParents(writing);
            var name = SqlParameterList.Placeholder(statement.Values.Count);
            var sql = $"INSERT INTO {counts.Name} ({counts.Column(nameof(ListCount.Name))}, {counts.Column(nameof(ListCount.ParentKey))}, {counts.Column(nameof(ListCount.Count))}) " +
                $"SELECT {name}, c.* FROM ({statement.Text}) AS c";
            await context.Database.ExecuteSqlRawAsync(sql, [.. Parameters(context, [.. statement.Values, list.CountName])], cancellationToken);
        }
    }

    private static IEnumerable<object> Parameters(DbContext context, IReadOnlyList<object?> values)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = values[i] ?? DBNull.Value;
            yield return parameter;
        }
    }
}
