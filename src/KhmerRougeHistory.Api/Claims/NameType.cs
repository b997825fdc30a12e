using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("What a name is to its entity.")]
public enum NameType
{
    [Description("The name the source uses as the usual one.")]
    Primary,
    [Description("The name a person was born with.")]
    BirthName,
    [Description("A name taken in the revolutionary movement.")]
    RevolutionaryName,
    [Description("Another name the entity is known by.")]
    Alias,
    [Description("Another spelling of a name, including misspellings a source prints.")]
    SpellingVariant,
    [Description("A translation of a name.")]
    Translation,
    [Description("An abbreviation or code such as CPK or S-21.")]
    Abbreviation,
    [Description("A name the entity had before.")]
    FormerName,
    [Description("The formal or official name.")]
    OfficialName,
}
