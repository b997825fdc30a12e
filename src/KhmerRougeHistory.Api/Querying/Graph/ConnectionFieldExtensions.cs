using GraphQL.Builders;
using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

public static class ConnectionFieldExtensions
{
    /// <summary>Adds HotChocolate's connection arguments: first/after/last/before, where and order.</summary>
    public static FieldBuilder<TSource, TReturn> ConnectionArguments<TSource, TReturn, TFilter, TSort>(this FieldBuilder<TSource, TReturn> field)
        where TFilter : IInputObjectGraphType
        where TSort : IInputObjectGraphType
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", "Returns the first n items of the list (default 10, at most 50).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items of the list (at most 50).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.")
            .Argument<TFilter>("where", "Keeps only the items that match.")
            .Argument<ListGraphType<NonNullGraphType<TSort>>>("order", "Sort keys, in order; the ID is always the final tie-break.");
    }
}
