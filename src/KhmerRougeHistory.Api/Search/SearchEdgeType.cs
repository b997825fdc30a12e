using GraphQL.Types;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>One search result: its cursor, the subject (read with the page) and its relevance.</summary>
public sealed class SearchEdgeType : ObjectGraphType<Edge<SearchMatch>>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<SubjectInterfaceType>>("node").Description("The item at the end of the edge.")
            .Resolve(context => context.Source.Node.Subject);
        Field<NonNullGraphType<FloatGraphType>>("relevance")
            .Description("How well the subject matches the words: higher is better. From 2 to 3 when the words are one of its names (or its label), whole; from 1 to 2 when its own words (label, names, description) match; from 0 to 1 when only the words of the claims about it do; bm25 orders each tier. Comparable only within one search.")
            .Resolve(context => context.Source.Node.Relevance);
    }
}
