using System.ComponentModel;

namespace KhmerRougeHistory.Api.Organizations;

[Description("What kind of organization it is: a party, an army, a government, a tribunal, ...")]
public enum OrganizationKind
{
    [Description("A political party.")]
    PoliticalParty,
    [Description("An army, armed wing or troops.")]
    ArmedForce,
    [Description("A government or state.")]
    Government,
    [Description("A court or tribunal.")]
    Tribunal,
    [Description("An international organization.")]
    InternationalOrganization,
    [Description("A research or documentation center.")]
    ResearchCenter,
    [Description("A publisher or website.")]
    Publisher,
    [Description("A university or school.")]
    University,
    [Description("A society or association.")]
    Society,
    [Description("Any other organization.")]
    Other,
}
