using System.Collections.Concurrent;
using System.Numerics;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// A statement whose parameters come in groups (a batch's keys, a list of properties, one scalar), each written as a
/// comma-separated placeholder list, e.g. <c>IN ({0})</c>. Each group's length is rounded up to a power of two, the
/// extra places repeating its last value, so a handful of texts serve every batch size: each is prepared once
/// (instead of once per execution) and keeps one parameter per key, so the planner sees how short the list is and
/// seeks the index that fits (a single JSON-array parameter made SQLite guess and scan another one).
/// </summary>
public sealed class SqlTemplate(Func<string[], string> text)
{
    private readonly ConcurrentDictionary<long, string> _texts = new();

    public SqlStatement With(params IReadOnlyList<object?>[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        long shape = 0;
        var total = 0;
        foreach (var group in groups)
        {
            var size = Size(group.Count);
            shape = (shape << 16) | (uint)size;
            total += size;
        }

        var values = new object?[total];
        var at = 0;
        foreach (var group in groups)
        {
            var size = Size(group.Count);
            for (var i = 0; i < size; i++)
            {
                values[at++] = group[Math.Min(i, group.Count - 1)];
            }
        }

        return new SqlStatement(_texts.GetOrAdd(shape, _ => Write(groups)), values);
    }

    private string Write(IReadOnlyList<object?>[] groups)
    {
        var placeholders = new string[groups.Length];
        var next = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            var size = Size(groups[g].Count);
            placeholders[g] = string.Join(", ", Enumerable.Range(next, size).Select(SqlParameterList.Placeholder));
            next += size;
        }

        return text(placeholders);
    }

    private static int Size(int count) => count switch
    {
        <= 0 => throw new ArgumentException("A parameter group needs at least one value: leave an empty list out of the statement."),
        > ushort.MaxValue => throw new ArgumentException("A parameter group takes at most 65,535 values."),
        _ => (int)BitOperations.RoundUpToPowerOf2((uint)count),
    };
}
