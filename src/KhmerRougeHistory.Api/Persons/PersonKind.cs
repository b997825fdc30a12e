namespace KhmerRougeHistory.Api.Persons;

/// <summary>What kind of Person an entity is; stored as text.</summary>
public enum PersonKind
{
    Leader,
    Politician,
    Royal,
    MilitaryCommander,
    PrisonOfficial,
    Cadre,
    Survivor,
    Victim,
    Filmmaker,
    Author,
    Editor,
    Other,
}
