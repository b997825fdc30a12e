namespace KhmerRougeHistory.Api.Claims;

/// <summary>The controlled vocabulary of claim properties; <see cref="PropertyCatalog"/> says what each one's values look like.</summary>
public enum ClaimProperty
{
    /// <summary>A name the entity is known by; the name type says which kind.</summary>
    Name,

    /// <summary>When a person was born.</summary>
    BirthDate,

    /// <summary>Where a person was born.</summary>
    BirthPlace,

    /// <summary>When a person died.</summary>
    DeathDate,

    /// <summary>What a person did for a living or in the regime.</summary>
    Occupation,

    /// <summary>What and where a person studied.</summary>
    Education,

    /// <summary>A person's nationality as the source states it.</summary>
    Nationality,

    /// <summary>Something a person said, verbatim.</summary>
    Statement,

    /// <summary>The sentence a court imposed.</summary>
    Sentence,

    /// <summary>A crime a person was charged with or convicted of.</summary>
    Charge,

    /// <summary>How many children a person lost.</summary>
    ChildrenLost,

    /// <summary>A work about the person.</summary>
    Biography,

    /// <summary>When an organization was formed.</summary>
    FoundingDate,

    /// <summary>An idea or doctrine the organization held.</summary>
    Ideology,

    /// <summary>A motto the organization used.</summary>
    Slogan,

    /// <summary>What the organization set out to do.</summary>
    Aim,

    /// <summary>Where the organization was based.</summary>
    BaseArea,

    /// <summary>How many prisoners a site held.</summary>
    PrisonerCount,

    /// <summary>How many prisoners of a site survived.</summary>
    SurvivorCount,

    /// <summary>How many bodies were found at a site.</summary>
    BodiesExhumed,

    /// <summary>How many skulls a memorial holds.</summary>
    SkullCount,

    /// <summary>How many mass graves there were.</summary>
    MassGraveCount,

    /// <summary>How many grave pits there were.</summary>
    GravePitCount,

    /// <summary>How many people lived in a place.</summary>
    Population,

    /// <summary>What a site was before.</summary>
    FormerUse,

    /// <summary>The place a site lies within.</summary>
    LocatedIn,

    /// <summary>What a site became.</summary>
    ConvertedInto,

    /// <summary>How far a site is from the context site.</summary>
    Distance,

    /// <summary>When a site was opened or put to its use.</summary>
    OpenedDate,

    /// <summary>When an event happened; an interval for a span.</summary>
    Date,

    /// <summary>Where an event happened.</summary>
    OccurredAt,

    /// <summary>How many people died.</summary>
    DeathToll,

    /// <summary>What fraction of the population was killed.</summary>
    ShareOfPopulationKilled,

    /// <summary>How many tons of munitions were dropped.</summary>
    Tonnage,

    /// <summary>How many sites were targeted.</summary>
    TargetCount,

    /// <summary>How many people were killed or wounded by an event.</summary>
    Casualties,

    /// <summary>How many people were detained.</summary>
    DetaineeCount,

    /// <summary>How many landmines remained.</summary>
    LandmineCount,

    /// <summary>What an event led to.</summary>
    Outcome,

    /// <summary>How long an event lasted.</summary>
    Duration,

    /// <summary>When a film was released.</summary>
    ReleaseDate,

    /// <summary>How long a film runs.</summary>
    Runtime,

    /// <summary>A rating of a film on the scale the role names.</summary>
    Rating,

    /// <summary>How many votes a rating is based on.</summary>
    RatingVotes,

    /// <summary>The language of a film.</summary>
    Language,

    /// <summary>Who directed a film.</summary>
    Director,

    /// <summary>Who appears in a film; the role says how.</summary>
    Featured,

    /// <summary>An organization a person belonged to; the role names the office.</summary>
    MemberOf,

    /// <summary>An organization or site a person led.</summary>
    LeaderOf,

    /// <summary>An event a person or organization took part in; the role says how.</summary>
    ParticipantIn,

    /// <summary>A larger organization this one belongs to.</summary>
    PartOf,

    /// <summary>An ally.</summary>
    AllyOf,

    /// <summary>An opponent.</summary>
    Opposed,

    /// <summary>An organization a person works for.</summary>
    WorksFor,

    /// <summary>When an era or event ended, where a source states the end alone.</summary>
    EndDate,

    /// <summary>A group of people an event or regime targeted.</summary>
    TargetedGroup,

    /// <summary>A method of killing used at a site.</summary>
    KillingMethod,

    /// <summary>A method of torture used at a site.</summary>
    TortureMethod,

    /// <summary>What a person or organization took as a model.</summary>
    InspiredBy,

    /// <summary>The genre of a film.</summary>
    Genre,

    /// <summary>A site, event or regime a person survived.</summary>
    SurvivorOf,

    /// <summary>What something is named after.</summary>
    NamedAfter,

    /// <summary>How many prisoners a person photographed.</summary>
    PrisonersPhotographed,

    /// <summary>How many people have been prosecuted for what happened at a site.</summary>
    ProsecutedCount,

    /// <summary>Where a person studied.</summary>
    EducatedAt,

    /// <summary>A subject a person specializes in.</summary>
    FieldOfInterest,

    /// <summary>Something an organization or government did as policy.</summary>
    Policy,

    /// <summary>What the victims of an event died of.</summary>
    CauseOfDeath,

    /// <summary>Who gave a name; the role holds the name.</summary>
    NamedBy,

    /// <summary>An image a source credits to this person or organization.</summary>
    ImageCredit,

    /// <summary>A title or rank such as Prince.</summary>
    Title,

    /// <summary>A relative; the role says how they are related.</summary>
    RelativeOf,

    /// <summary>An organization a person was involved with, short of membership.</summary>
    AssociatedWith,

    /// <summary>The family a person came from.</summary>
    FamilyBackground,

    /// <summary>How many people were driven from their homes.</summary>
    DisplacedCount,

    /// <summary>How many hours a day people were made to work.</summary>
    DailyWorkHours,

    /// <summary>What fraction of a force took part.</summary>
    ShareOfForces,

    /// <summary>Until when an organization's existence was kept secret.</summary>
    KeptSecretUntil,

    /// <summary>When something was scheduled to happen (not that it did).</summary>
    ScheduledDate,

    /// <summary>How many victims were buried.</summary>
    BurialCount,
}
