using GraphQL.Types;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Querying.Sorting;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>
/// Claims, declared once: the root fields <c>claims</c>, <c>claimGroups</c> and <c>disputes</c>, and how claims are
/// filtered, sorted and projected. Union values cannot be filtered directly, so the value columns are offered flat.
/// </summary>
public sealed class ClaimModule : EntityModule<ClaimModule, Claim, ClaimGraphType>, IPagedList<Claim>, INodeModule
{
    // Counted at import, so that the total of claims of some properties (memberships, names) is read by key.
    private static readonly ListSource<Claim> _byProperty = ListSource<Claim>.ChildrenBy(nameof(Claim.Property)) with { CountName = "claims by property" };

    private static readonly string[] _valueColumns =
    [
        nameof(Claim.ValueKind), nameof(Claim.Certainty), nameof(Claim.Amount), nameof(Claim.LowerBound), nameof(Claim.UpperBound), nameof(Claim.Unit),
        nameof(Claim.DateEdtf), nameof(Claim.ValueText), nameof(Claim.ValueSubjectKey),
    ];

    public static string ListName => "Claims";

    public static EntityQuery<Claim> Query { get; } = new()
    {
        Name = "Claim",
        Key = SortField<Claim>.Of("id", "The claim's ID.", c => c.Id),
        Filter = new FilterDefinition<Claim>("ClaimFilterInput", "Conditions on a claim; fields are ANDed.",
        [
            new IdFilterField<Claim>("id", "The claim itself, by global ID.", c => c.Id, ["Claim"]),
            new IdFilterField<Claim>("subject", "The entity the claim is about, by global ID.", c => c.SubjectKey, SubjectModules.TypeNames),
            new IdFilterField<Claim>("valueSubject", "The entity the claim's value refers to (relations), by global ID.", c => c.ValueSubjectKey, SubjectModules.TypeNames),
            new OperationFilterField<Claim, ClaimProperty>("property", "What the claim states.", c => c.Property, typeof(EnumOperationFilterInputType<ClaimPropertyGraphType>)),
            new OperationFilterField<Claim, ValueKind>("valueKind", "The form of the value.", c => c.ValueKind, typeof(EnumOperationFilterInputType<ValueKindGraphType>)),
            new OperationFilterField<Claim, Certainty>("certainty", "How the value is worded (MIXED when its sources word it differently; filter `citations` by `certainty` for one source's wording).", c => c.Certainty, typeof(EnumOperationFilterInputType<CertaintyGraphType>)),
            new OperationFilterField<Claim, Rank>("rank", "The editorial rank.", c => c.Rank, typeof(EnumOperationFilterInputType<RankGraphType>)),
            new OperationFilterField<Claim, AgreementStatus>("agreement", "Whether other sources corroborate or dispute it.", c => c.Agreement, typeof(EnumOperationFilterInputType<AgreementStatusGraphType>)),
            new OperationFilterField<Claim, double?>("amount", "A quantity's amount.", c => c.Amount, typeof(FloatOperationFilterInputType)),
            new OperationFilterField<Claim, DateOnly?>("earliest", "A date's earliest possible day. With `latest`, finds dates overlapping a period: earliest ≤ its end and latest ≥ its start.", c => c.DateEarliest, typeof(DateOperationFilterInputType)),
            new OperationFilterField<Claim, DateOnly?>("latest", "A date's latest possible day.", c => c.DateLatest, typeof(DateOperationFilterInputType)),
            new OperationFilterField<Claim, string?>("text", "A text value (names included).", c => c.ValueText, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Claim, string?>("role", "The role qualifier of a relation (\"armed wing\", \"prison chief\").", c => c.Role, typeof(StringOperationFilterInputType)),
            new OperationFilterField<Claim, NameType?>("nameType", "What a name is to its entity.", c => c.NameType, typeof(EnumOperationFilterInputType<NameTypeGraphType>)),
            new OperationFilterField<Claim, int>("sourceCount", "How many sources state it.", c => c.SourceCount, typeof(IntOperationFilterInputType)),
            new ListFilterField<Claim, Citation>("citations", "Its citations.", c => c.Citations, CitationList.Filter, typeof(CitationList.ListWhere)),
            new RelationFilterField<Claim, Subject>("subjectEntity", "The entity the claim is about, by its own fields (type, label, names, dates).", c => c.Subject, () => SubjectFilter.Filter, typeof(SubjectFilter.Where)),
            new RelationFilterField<Claim, Subject>("valueSubjectEntity", "The entity the claim's value refers to (relations), by its own fields; claims without one never match.", c => c.ValueSubject, () => SubjectFilter.Filter, typeof(SubjectFilter.Where)),
        ]),
        Sort = new SortDefinition<Claim>("ClaimSortInput", "One sort key for claims; set one field per element.",
        [
            SortField<Claim>.Of("earliest", "A date's earliest day (claims without a date come first ascending).", c => c.DateEarliest),
            SortField<Claim>.Of("latest", "A date's latest day.", c => c.DateLatest),
            SortField<Claim>.Of("amount", "A quantity's amount.", c => c.Amount),
            SortField<Claim>.Of("sourceCount", "How many sources state it.", c => c.SourceCount),
        ], []),
        Columns = new Dictionary<string, string[]>
        {
            ["subject"] = [nameof(Claim.SubjectKey)],
            ["property"] = [nameof(Claim.Property)],
            ["value"] = _valueColumns,
            ["displayValue"] = _valueColumns,
            ["certainty"] = [nameof(Claim.Certainty)],
            ["role"] = [nameof(Claim.Role)],
            ["context"] = [nameof(Claim.ContextSubjectKey)],
            ["nameType"] = [nameof(Claim.NameType)],
            ["validFrom"] = [nameof(Claim.ValidFromEdtf)],
            ["validTo"] = [nameof(Claim.ValidToEdtf)],
            ["rank"] = [nameof(Claim.Rank)],
            ["rankReason"] = [nameof(Claim.RankReason)],
            ["agreement"] = [nameof(Claim.Agreement)],
            ["sourceCount"] = [nameof(Claim.SourceCount)],
            ["group"] = [nameof(Claim.GroupId)],
            ["conflictsWith"] = [nameof(Claim.GroupId), nameof(Claim.AllowedLow), nameof(Claim.AllowedHigh), .. _valueColumns],
        },
        AlwaysColumns = [nameof(Claim.Id)],
        CountedBy = _byProperty,
    };

    public static FilterDefinition<Claim> Filter => Query.Filter;

    /// <summary>Last of the entities' root fields: claims are about the subjects and cite the sources.</summary>
    public override int Position => 101;

    /// <summary>Claims, their citations and their groups each have a global ID.</summary>
    public IEnumerable<NodeType> NodeTypes =>
    [
        new("Claim", (loaders, id) => loaders.Claim(id).Then(c => (object?)c)),
        new("Citation", (loaders, id) => loaders.Citation(id).Then(c => (object?)c)),
        new("ClaimGroup", (loaders, id) => loaders.Group(id).Then(g => (object?)g)),
    ];

    protected override string RootField => "claims";

    protected override string RootFieldDescription =>
        "All claims of all entities (deprecated ones included; filter on `rank` to hide them), filtered, sorted and paged. Names, memberships and places are claims too.";

    /// <summary>Adds <c>claims</c>, then the groups that compare what sources say: <c>claimGroups</c> and <c>disputes</c>.</summary>
    public override void AddQueryFields(ObjectGraphType query)
    {
        base.AddQueryFields(query);
        query.AddRootConnection<ClaimGroup, ClaimGroupList.Connection, ClaimGroupList.Where, ClaimGroupList.Order>(
            "claimGroups", "What sources say per entity and single-valued property, with whether they agree; most-sourced first unless ordered otherwise.",
            ClaimGroupList.Query);
        query.AddRootConnection<ClaimGroup, DisputeList.Connection, ClaimGroupList.Where, ClaimGroupList.Order>(
            "disputes", "Where sources disagree: the claim groups whose values cannot all be true (status CONFLICTING), most-sourced first unless ordered otherwise.",
            ClaimGroupList.Query, ListSource<ClaimGroup>.Where(g => g.Status == GroupStatus.Conflicting));
    }
}
