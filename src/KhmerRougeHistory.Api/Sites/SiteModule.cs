using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>Sites as a kind of subject: <c>sites.json</c>, keys <c>site/…</c>.</summary>
public sealed class SiteModule : SubjectModule<Site, SiteKind>
{
    public override SubjectType Type => SubjectType.Site;

    public override string DataFile => "sites.json";

    public override string KeyPrefix => "site/";

    protected override Site Create(string key, string label, string description, SiteKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
