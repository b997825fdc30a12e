using System.Globalization;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>The values of a statement being written: each added value gets the next placeholder, <c>@p0</c>, <c>@p1</c>, ...</summary>
public sealed class SqlParameterList
{
    private readonly List<object?> _values = [];

    public IReadOnlyList<object?> Values => _values;

    public string Add(object? value)
    {
        _values.Add(value);
        return Placeholder(_values.Count - 1);
    }

    /// <summary>The placeholder of the value at <paramref name="index"/>: <c>@p0</c>, <c>@p1</c>, ... (every engine binds by these names).</summary>
    public static string Placeholder(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
