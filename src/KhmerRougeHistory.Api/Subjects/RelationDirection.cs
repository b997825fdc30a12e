namespace KhmerRougeHistory.Api.Subjects;

/// <summary>Which way the claims of a relation list point from the subject that lists them.</summary>
public enum RelationDirection
{
    /// <summary>The subject's own claims; their value is the related entity (a person's memberships).</summary>
    Outgoing,

    /// <summary>Claims whose value is the subject; their subject is the related entity (an organization's members).</summary>
    Incoming,
}
