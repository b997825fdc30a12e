using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>
/// Organizations, declared once: the root field <c>organizations</c>, its filters and sorts, <c>organizations.json</c>,
/// keys <c>organization/…</c>.
/// </summary>
public sealed class OrganizationModule : SubjectModule<OrganizationModule, Organization, OrganizationKind, OrganizationGraphType>, IPagedList<Organization>
{
    public static string ListName => "Organizations";

    public static EntityQuery<Organization> Query { get; } = SubjectQueries.For<Organization, OrganizationKind, OrganizationKindGraphType>(
        "Organization",
        s => s.Kind,
        [
            ("founded", "The earliest day any source's founding date allows.", false),
        ],
        [.. OrganizationRelations.All.Select(r => r.Filter)]);

    public static FilterDefinition<Organization> Filter => Query.Filter;

    public override SubjectType Type => SubjectType.Organization;

    public override string DataFile => "organizations.json";

    public override SyntheticRecipe Synthetic { get; } = new OrganizationSyntheticRecipe();

    public override string KeyPrefix => "organization/";

    protected override string RootField => "organizations";

    protected override string RootFieldDescription => "All organizations, filtered, sorted and paged.";

    protected override Organization Create(string key, string label, string description, OrganizationKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
