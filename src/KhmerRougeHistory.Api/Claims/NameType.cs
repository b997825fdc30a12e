namespace KhmerRougeHistory.Api.Claims;

/// <summary>What a name is to its entity.</summary>
public enum NameType
{
    Primary,
    BirthName,
    RevolutionaryName,
    Alias,
    SpellingVariant,
    Translation,
    Abbreviation,
    FormerName,
    OfficialName,
}
