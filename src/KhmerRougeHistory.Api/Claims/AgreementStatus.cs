namespace KhmerRougeHistory.Api.Claims;

/// <summary>Whether a claim stands alone, is stated by several sources, or is contradicted by another source.</summary>
public enum AgreementStatus
{
    /// <summary>One source states this value and no other source contradicts it.</summary>
    SingleSource,

    /// <summary>Two or more sources state this value and no source contradicts it.</summary>
    Corroborated,

    /// <summary>Another claim about the same subject and property has a value that cannot be true at the same time.</summary>
    Disputed,
}
