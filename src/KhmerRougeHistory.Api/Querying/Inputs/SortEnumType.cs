using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary>HotChocolate's <c>SortEnumType</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Add("ASC", "ASC", "Ascending: A to Z, earliest first, smallest first. Missing values come first.");
        Add("DESC", "DESC", "Descending: Z to A, latest first, largest first. Missing values come last.");
    }
}
