using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("The controlled vocabulary of claim properties.")]
public enum ClaimProperty
{
    [Description("A name the entity is known by; the name type says which kind.")]
    Name,

    [Description("When a person was born.")]
    BirthDate,

    [Description("Where a person was born.")]
    BirthPlace,

    [Description("When a person died.")]
    DeathDate,

    [Description("What a person did for a living or in the regime.")]
    Occupation,

    [Description("What and where a person studied.")]
    Education,

    [Description("A person's nationality as the source states it.")]
    Nationality,

    [Description("Something a person said, verbatim.")]
    Statement,

    [Description("The sentence a court imposed.")]
    Sentence,

    [Description("A crime a person was charged with or convicted of.")]
    Charge,

    [Description("How many children a person lost.")]
    ChildrenLost,

    [Description("A work about the person.")]
    Biography,

    [Description("When an organization was formed.")]
    FoundingDate,

    [Description("An idea or doctrine the organization held.")]
    Ideology,

    [Description("A motto the organization used.")]
    Slogan,

    [Description("What the organization set out to do.")]
    Aim,

    [Description("Where the organization was based.")]
    BaseArea,

    [Description("How many prisoners a site held.")]
    PrisonerCount,

    [Description("How many prisoners of a site survived.")]
    SurvivorCount,

    [Description("How many bodies were found at a site.")]
    BodiesExhumed,

    [Description("How many skulls a memorial holds.")]
    SkullCount,

    [Description("How many mass graves there were.")]
    MassGraveCount,

    [Description("How many grave pits there were.")]
    GravePitCount,

    [Description("How many people lived in a place.")]
    Population,

    [Description("What a site was before.")]
    FormerUse,

    [Description("The place a site lies within.")]
    LocatedIn,

    [Description("What a site became.")]
    ConvertedInto,

    [Description("How far a site is from the context site.")]
    Distance,

    [Description("When a site was opened or put to its use.")]
    OpenedDate,

    [Description("When an event happened; an interval for a span.")]
    Date,

    [Description("Where an event happened.")]
    OccurredAt,

    [Description("How many people died.")]
    DeathToll,

    [Description("What fraction of the population was killed.")]
    ShareOfPopulationKilled,

    [Description("How many tons of munitions were dropped.")]
    Tonnage,

    [Description("How many sites were targeted.")]
    TargetCount,

    [Description("How many people were killed or wounded by an event.")]
    Casualties,

    [Description("How many people were detained.")]
    DetaineeCount,

    [Description("How many landmines remained.")]
    LandmineCount,

    [Description("What an event led to.")]
    Outcome,

    [Description("How long an event lasted.")]
    Duration,

    [Description("When a film was released.")]
    ReleaseDate,

    [Description("How long a film runs.")]
    Runtime,

    [Description("A rating of a film on the scale the role names.")]
    Rating,

    [Description("How many votes a rating is based on.")]
    RatingVotes,

    [Description("The language of a film.")]
    Language,

    [Description("Who directed a film.")]
    Director,

    [Description("Who appears in a film; the role says how.")]
    Featured,

    [Description("An organization a person belonged to; the role names the office.")]
    MemberOf,

    [Description("An organization or site a person led.")]
    LeaderOf,

    [Description("An event a person or organization took part in; the role says how.")]
    ParticipantIn,

    [Description("A larger organization this one belongs to.")]
    PartOf,

    [Description("An ally.")]
    AllyOf,

    [Description("An opponent.")]
    Opposed,

    [Description("An organization a person works for.")]
    WorksFor,

    [Description("When an era or event ended, where a source states the end alone.")]
    EndDate,

    [Description("A group of people an event or regime targeted.")]
    TargetedGroup,

    [Description("A method of killing used at a site.")]
    KillingMethod,

    [Description("A method of torture used at a site.")]
    TortureMethod,

    [Description("What a person or organization took as a model.")]
    InspiredBy,

    [Description("The genre of a film.")]
    Genre,

    [Description("A site, event or regime a person survived.")]
    SurvivorOf,

    [Description("What something is named after.")]
    NamedAfter,

    [Description("How many prisoners a person photographed.")]
    PrisonersPhotographed,

    [Description("How many people have been prosecuted for what happened at a site.")]
    ProsecutedCount,

    [Description("Where a person studied.")]
    EducatedAt,

    [Description("A subject a person specializes in.")]
    FieldOfInterest,

    [Description("Something an organization or government did as policy.")]
    Policy,

    [Description("What the victims of an event died of.")]
    CauseOfDeath,

    [Description("Who gave a name; the role holds the name.")]
    NamedBy,

    [Description("An image a source credits to this person or organization.")]
    ImageCredit,

    [Description("A title or rank such as Prince.")]
    Title,

    [Description("A relative; the role says how they are related.")]
    RelativeOf,

    [Description("An organization a person was involved with, short of membership.")]
    AssociatedWith,

    [Description("The family a person came from.")]
    FamilyBackground,

    [Description("How many people were driven from their homes.")]
    DisplacedCount,

    [Description("How many hours a day people were made to work.")]
    DailyWorkHours,

    [Description("What fraction of a force took part.")]
    ShareOfForces,

    [Description("Until when an organization's existence was kept secret.")]
    KeptSecretUntil,

    [Description("When something was scheduled to happen (not that it did).")]
    ScheduledDate,

    [Description("How many victims were buried.")]
    BurialCount,
}
