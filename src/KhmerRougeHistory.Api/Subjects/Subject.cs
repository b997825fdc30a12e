namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// What claims are about: a person, organization, site or event. Subjects hold identity only
/// (key, label, description, kind); every sourced fact about them is a claim.
/// All four share one table (table-per-hierarchy) so that a claim has one real foreign key to its subject.
/// </summary>
public abstract class Subject
{
    /// <summary>Stable human-readable key such as <c>person/pol-pot</c>; part of the public ID.</summary>
    public required string Key { get; init; }

    /// <summary>Display name chosen by the editors among the cited names.</summary>
    public required string Label { get; init; }

    /// <summary>Editorial description, in our own words.</summary>
    public required string Description { get; init; }

    /// <summary>The entity kind within its type (e.g. <c>Prison</c> for a site), stored as text.</summary>
    public abstract string KindName { get; }

    /// <summary>Earliest day the subject's dated claims allow; derived at import for sorting and filtering.</summary>
    public DateOnly? SortStart { get; set; }

    /// <summary>Latest day the subject's dated claims allow; derived at import for sorting and filtering.</summary>
    public DateOnly? SortEnd { get; set; }

    /// <summary>Claims about this subject (navigation for filters such as "has a name starting with").</summary>
    public List<Claims.Claim> Claims { get; init; } = [];

    /// <summary>Claims whose value is this subject (its members, participants, places within it), for relation filters.</summary>
    public List<Claims.Claim> Mentions { get; init; } = [];

    /// <summary>Which kind of subject it is, as its class's declaration (<see cref="ISubjectModule"/>) says.</summary>
    public SubjectType Type => SubjectModules.Of(GetType()).Type;
}
