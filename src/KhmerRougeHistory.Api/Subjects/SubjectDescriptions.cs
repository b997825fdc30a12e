namespace KhmerRougeHistory.Api.Subjects;

/// <summary>Descriptions shared by the Subject interface and the four types that implement it.</summary>
internal static class SubjectDescriptions
{
    public const string Key = "A stable, human-readable key such as `person/pol-pot`. The `id` is what `node(id:)` takes.";
    public const string Label = "The display name a reader recognises: for a person, organization or site the name most sources use; for an event, which sources seldom name, a title in the editors' words (\"Evacuation of Phnom Penh\"). Not itself a sourced fact; see `names`.";
    public const string Description = "A short neutral description in the editors' own words; not a sourced fact.";
    public const string Names = "Every name sources use for this entity (spellings, aliases, birth and revolutionary names), each with its sources.";
    public const string Claims = "Everything sources state about this entity, one claim per distinct value, each with its citations. Deprecated claims are hidden unless asked for.";
    public const string ClaimGroups = "The claims about single-valued properties (dates, counts, ...) grouped per property, with whether the sources agree. Shows disagreement instead of choosing.";
    public const string MentionedIn = "Claims whose value is this entity: memberships of an organization, participants of an event, places within a place.";
    public const string MentionedInDeprecation = "Use `mentionedInConnection`, which pages: on a large database an entity is the value of thousands of claims.";
    public const string Paged = " A page at a time: filter with `where`, sort with `order`, count with `totalCount`.";
}
