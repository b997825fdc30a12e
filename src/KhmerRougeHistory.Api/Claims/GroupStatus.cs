namespace KhmerRougeHistory.Api.Claims;

/// <summary>Agreement across all claims of one subject and property (DATA-MODEL §1.4).</summary>
public enum GroupStatus
{
    /// <summary>One source, one value.</summary>
    SingleSource,

    /// <summary>Several sources, one value.</summary>
    Agree,

    /// <summary>Different values whose ranges all overlap (e.g. "20,000" and "around 20,000").</summary>
    Compatible,

    /// <summary>At least two values cannot both be true.</summary>
    Conflicting,
}
