using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The value kind, cardinality and allowed targets of every <see cref="ClaimProperty"/>.</summary>
public static class PropertyCatalog
{
    private static readonly Dictionary<ClaimProperty, PropertyDefinition> _definitions = new()
    {
        [ClaimProperty.Name] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.BirthDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.BirthPlace] = new(ValueKind.Entity, SingleValued: true, [SubjectType.Site]),
        [ClaimProperty.DeathDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.Occupation] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Education] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Nationality] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Statement] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Sentence] = new(ValueKind.Text, SingleValued: true),
        [ClaimProperty.Charge] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.ChildrenLost] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Biography] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.FoundingDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.Ideology] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Slogan] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Aim] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.BaseArea] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Site]),
        [ClaimProperty.PrisonerCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.SurvivorCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.BodiesExhumed] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.SkullCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.MassGraveCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.GravePitCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Population] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.FormerUse] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.LocatedIn] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Site]),
        [ClaimProperty.ConvertedInto] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Site]),
        [ClaimProperty.Distance] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.OpenedDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.Date] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.OccurredAt] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Site]),
        [ClaimProperty.DeathToll] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.ShareOfPopulationKilled] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Tonnage] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.TargetCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Casualties] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.DetaineeCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.LandmineCount] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Outcome] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.Duration] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.ReleaseDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.Runtime] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Rating] = new(ValueKind.Text, SingleValued: true),
        [ClaimProperty.RatingVotes] = new(ValueKind.Quantity, SingleValued: true),
        [ClaimProperty.Language] = new(ValueKind.Text, SingleValued: true),
        [ClaimProperty.Director] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Person]),
        [ClaimProperty.Featured] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Person]),
        [ClaimProperty.MemberOf] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization]),
        [ClaimProperty.LeaderOf] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization, SubjectType.Site]),
        [ClaimProperty.ParticipantIn] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Event]),
        [ClaimProperty.PartOf] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization]),
        [ClaimProperty.AllyOf] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization, SubjectType.Person]),
        [ClaimProperty.Opposed] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization, SubjectType.Person]),
        [ClaimProperty.WorksFor] = new(ValueKind.Entity, SingleValued: false, [SubjectType.Organization]),
        [ClaimProperty.EndDate] = new(ValueKind.Date, SingleValued: true),
        [ClaimProperty.TargetedGroup] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.KillingMethod] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.TortureMethod] = new(ValueKind.Text, SingleValued: false),
        [ClaimProperty.InspiredBy] = new(ValueKind.Entity, SingleValued: false),
    };

    public static PropertyDefinition Get(ClaimProperty property) =>
        _definitions.TryGetValue(property, out var definition)
            ? definition
            : throw new InvalidOperationException($"Property {property} has no definition in the catalog.");
}
