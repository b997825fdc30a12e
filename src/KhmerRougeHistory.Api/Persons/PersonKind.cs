using System.ComponentModel;

namespace KhmerRougeHistory.Api.Persons;

[Description("The role in this history for which a person is listed.")]
public enum PersonKind
{
    [Description("A leader of a party, movement or state.")]
    Leader,
    [Description("A politician or head of government.")]
    Politician,
    [Description("A member of a royal family.")]
    Royal,
    [Description("A military commander.")]
    MilitaryCommander,
    [Description("An official of a prison.")]
    PrisonOfficial,
    [Description("A cadre or member of the Khmer Rouge.")]
    Cadre,
    [Description("A survivor of the regime or of a prison.")]
    Survivor,
    [Description("A victim of the regime.")]
    Victim,
    [Description("A film director or maker.")]
    Filmmaker,
    [Description("An author of a source.")]
    Author,
    [Description("An editor of a source.")]
    Editor,
    [Description("Anyone else.")]
    Other,
}
