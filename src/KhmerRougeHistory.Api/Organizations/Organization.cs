using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class Organization : Subject
{
    public required OrganizationKind Kind { get; init; }

    public override string KindName => Kind.ToString();
}
