namespace KhmerRougeHistory.Api.Claims;

/// <summary>Editorial rank of a claim, as in Wikidata. Anything but Normal needs a stated reason.</summary>
public enum Rank
{
    Normal,
    Preferred,
    Deprecated,
}
