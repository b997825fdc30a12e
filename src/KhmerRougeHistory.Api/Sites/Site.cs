using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Sites;

public sealed class Site : Subject
{
    public required SiteKind Kind { get; init; }

    public override string KindName => Kind.ToString();
}
