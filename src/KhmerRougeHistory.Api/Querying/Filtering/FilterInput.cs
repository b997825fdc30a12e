using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Querying.Filtering;

/// <summary>Reads the dictionaries and lists graphql-dotnet gives for input objects.</summary>
public static class FilterInput
{
    public static IReadOnlyDictionary<string, object?> AsObject(object? input, string field) =>
        input as IReadOnlyDictionary<string, object?> ?? (input as IDictionary<string, object?>)?.AsReadOnly()
        ?? throw new InvalidFilterError($"'{field}' needs an input object.");

    public static IReadOnlyList<object?> AsList(object? input, string field) => input switch
    {
        IReadOnlyList<object?> list => list,
        System.Collections.IEnumerable items and not string => [.. items.Cast<object?>()],
        _ => throw new InvalidFilterError($"'{field}' needs a list."),
    };
}
