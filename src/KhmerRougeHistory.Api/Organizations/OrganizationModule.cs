using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>Organizations as a kind of subject: <c>organizations.json</c>, keys <c>organization/…</c>.</summary>
public sealed class OrganizationModule : SubjectModule<Organization, OrganizationKind>
{
    public override SubjectType Type => SubjectType.Organization;

    public override string DataFile => "organizations.json";

    public override string KeyPrefix => "organization/";

    protected override Organization Create(string key, string label, string description, OrganizationKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
