using System.ComponentModel;

namespace KhmerRougeHistory.Api.Events;

[Description("What kind of event an event is: a founding, a takeover, a trial, a film release, ...")]
public enum EventKind
{
    [Description("The founding of an organization.")]
    Founding,
    [Description("A coup.")]
    Coup,
    [Description("An alliance.")]
    Alliance,
    [Description("A war.")]
    War,
    [Description("A civil war.")]
    CivilWar,
    [Description("A bombing campaign.")]
    BombingCampaign,
    [Description("A seizure of power or of a city.")]
    Takeover,
    [Description("A forced evacuation.")]
    Evacuation,
    [Description("A period of rule.")]
    Regime,
    [Description("A genocide.")]
    Genocide,
    [Description("A change of a site's use.")]
    Conversion,
    [Description("An invasion.")]
    Invasion,
    [Description("A discovery.")]
    Discovery,
    [Description("An insurgency.")]
    Insurgency,
    [Description("A peace agreement.")]
    PeaceAgreement,
    [Description("A defection.")]
    Defection,
    [Description("A purge.")]
    Purge,
    [Description("A trial.")]
    Trial,
    [Description("A sentencing.")]
    Sentencing,
    [Description("An execution.")]
    Execution,
    [Description("A death.")]
    Death,
    [Description("A detention or arrest.")]
    Detention,
    [Description("The establishment of an institution.")]
    Establishment,
    [Description("An appointment or election to an office.")]
    Appointment,
    [Description("A period of study or training.")]
    Study,
    [Description("A withdrawal of forces or support.")]
    Withdrawal,
    [Description("The release of a film.")]
    FilmRelease,
    [Description("Any other event.")]
    Other,
}
