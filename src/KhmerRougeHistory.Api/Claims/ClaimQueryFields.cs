using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Paging;

namespace KhmerRougeHistory.Api.Claims;

public static class ClaimQueryFields
{
    /// <summary>Adds the root <c>claims</c>, <c>claimGroups</c> and <c>disputes</c> connections.</summary>
    public static ObjectGraphType AddClaimFields(this ObjectGraphType query)
    {
        query.AddRootConnection<Claim, ClaimsConnectionType, ClaimFilterInputType, ClaimSortInputType>(
            "claims", "All claims of all entities (deprecated ones included; filter on `rank` to hide them), filtered, sorted and paged. Names, memberships and places are claims too.",
            ClaimQuery.Definition);
        query.AddRootConnection<ClaimGroup, ClaimGroupsConnectionType, ClaimGroupFilterInputType, ClaimGroupSortInputType>(
            "claimGroups", "What sources say per entity and single-valued property, with whether they agree; most-sourced first unless ordered otherwise.",
            ClaimGroupQuery.Definition);
        query.AddRootConnection<ClaimGroup, DisputesConnectionType, ClaimGroupFilterInputType, ClaimGroupSortInputType>(
            "disputes", "Where sources disagree: the claim groups whose values cannot all be true (status CONFLICTING), most-sourced first unless ordered otherwise.",
            ClaimGroupQuery.Definition, ListSource<ClaimGroup>.Where(g => g.Status == GroupStatus.Conflicting));
        return query;
    }
}
