namespace KhmerRougeHistory.Api.Events;

/// <summary>What kind of event an entity is; stored as text.</summary>
public enum EventKind
{
    Founding,
    Coup,
    Alliance,
    War,
    CivilWar,
    BombingCampaign,
    Takeover,
    Evacuation,
    Regime,
    Genocide,
    Conversion,
    Invasion,
    Discovery,
    Insurgency,
    PeaceAgreement,
    Defection,
    Purge,
    Trial,
    Sentencing,
    Execution,
    Death,
    Detention,
    Establishment,
    Appointment,
    Study,
    Withdrawal,
    FilmRelease,
    Other,
}
