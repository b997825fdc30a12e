using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// The disputes: the claim groups whose values cannot all be true (<c>DisputesConnection</c>), filtered and sorted as
/// every list of groups is (<c>ClaimGroupList.Where</c>).
/// </summary>
public sealed class DisputeList : PagedList<DisputeList, ClaimGroup, ClaimGroupGraphType>, IPagedList<ClaimGroup>
{
    public static string ListName => "Disputes";

    public static EntityQuery<ClaimGroup> Query => ClaimGroupList.Query;

    public static FilterDefinition<ClaimGroup> Filter => Query.Filter;
}
