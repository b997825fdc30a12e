using GraphQL.Types;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Search;

/// <summary>
/// A page of search results, shaped as every connection is (<see cref="ConnectionGraphType{TNode, TNodeType, TEdgeType}"/>);
/// its nodes are the subjects the page's statement read.
/// </summary>
public sealed class SearchConnectionType : ObjectGraphType<Connection<SearchMatch>>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<SearchEdgeType>>>("edges").Description("A list of edges.").Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<SubjectInterfaceType>>>("nodes").Description("A flattened list of the nodes.")
            .Resolve(context => (IReadOnlyList<Subject>)[.. context.Source.Edges.Select(e => e.Node.Subject)]);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match, on all pages. Counted only when selected.")
            .Resolve(context => context.Source.TotalCount ?? throw new InvalidOperationException("totalCount was selected but not counted."));
    }
}
