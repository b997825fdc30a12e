namespace KhmerRougeHistory.Api.Organizations;

/// <summary>What kind of Organization an entity is; stored as text.</summary>
public enum OrganizationKind
{
    PoliticalParty,
    ArmedForce,
    Government,
    Tribunal,
    InternationalOrganization,
    ResearchCenter,
    Publisher,
    University,
    Society,
    Other,
}
