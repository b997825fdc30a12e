using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Whether there are more items after this page (when paging forward; when paging backward, whether `before` was given).");
        Field(p => p.HasPreviousPage).Description("Whether there are items before this page (when paging backward; when paging forward, whether `after` was given).");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first item of the page; pass it as `before` for the previous page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item of the page; pass it as `after` for the next page.");
    }
}
