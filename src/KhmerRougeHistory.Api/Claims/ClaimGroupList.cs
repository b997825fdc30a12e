using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Querying.Sorting;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The list of claim groups (agreement per entity and property): how they are filtered, sorted and projected.</summary>
public sealed class ClaimGroupList : PagedList<ClaimGroupList, ClaimGroup, ClaimGroupGraphType>, IPagedList<ClaimGroup>
{
    // Counted at import, so that the total of disputes (the conflicting groups) is read by key.
    private static readonly ListSource<ClaimGroup> _byStatus = ListSource<ClaimGroup>.ChildrenBy(nameof(ClaimGroup.Status)) with { CountName = "claim groups by status" };

    private static readonly SortField<ClaimGroup> _sourceCount = SortField<ClaimGroup>.Of("sourceCount", "How many sources the group has.", g => g.SourceCount);

    public static string ListName => "ClaimGroups";

    public static EntityQuery<ClaimGroup> Query { get; } = new()
    {
        Name = "ClaimGroup",
        Key = SortField<ClaimGroup>.Of("id", "The group's ID.", g => g.Id),
        Filter = new FilterDefinition<ClaimGroup>("ClaimGroupFilterInput", "Conditions on a claim group; fields are ANDed.",
        [
            new IdFilterField<ClaimGroup>("id", "The group itself, by global ID.", g => g.Id, ["ClaimGroup"]),
            new IdFilterField<ClaimGroup>("subject", "The entity, by global ID.", g => g.SubjectKey, SubjectModules.TypeNames),
            new OperationFilterField<ClaimGroup, ClaimProperty>("property", "The property.", g => g.Property, typeof(EnumOperationFilterInputType<ClaimPropertyGraphType>)),
            new OperationFilterField<ClaimGroup, GroupStatus>("status", "Whether the sources agree.", g => g.Status, typeof(EnumOperationFilterInputType<GroupStatusGraphType>)),
            new OperationFilterField<ClaimGroup, int>("sourceCount", "How many sources.", g => g.SourceCount, typeof(IntOperationFilterInputType)),
            new OperationFilterField<ClaimGroup, int>("claimCount", "How many distinct values.", g => g.ClaimCount, typeof(IntOperationFilterInputType)),
        ]),
        Sort = new SortDefinition<ClaimGroup>("ClaimGroupSortInput", "One sort key for claim groups; set one field per element.",
        [
            _sourceCount,
            SortField<ClaimGroup>.Of("claimCount", "How many distinct values the group has.", g => g.ClaimCount),
        ], [new SortKey<ClaimGroup>(_sourceCount, true)]),
        Columns = new Dictionary<string, string[]>
        {
            ["subject"] = [nameof(ClaimGroup.SubjectKey)],
            ["property"] = [nameof(ClaimGroup.Property)],
            ["role"] = [nameof(ClaimGroup.Role)],
            ["context"] = [nameof(ClaimGroup.ContextSubjectKey)],
            ["status"] = [nameof(ClaimGroup.Status)],
            ["sourceCount"] = [nameof(ClaimGroup.SourceCount)],
            ["claimCount"] = [nameof(ClaimGroup.ClaimCount)],
            ["envelope"] = [nameof(ClaimGroup.EnvelopeLow), nameof(ClaimGroup.EnvelopeHigh)],
        },
        AlwaysColumns = [nameof(ClaimGroup.Id)],
        CountedBy = _byStatus,
    };

    public static FilterDefinition<ClaimGroup> Filter => Query.Filter;
}
