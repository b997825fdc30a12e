using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Claims.Values;

/// <summary>The typed value of a claim, built from its columns.</summary>
public static class ClaimValues
{
    public static object Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.ValueKind switch
        {
            ValueKind.Quantity => new QuantityValue(claim.Amount, claim.LowerBound, claim.UpperBound, claim.Unit!, claim.Certainty),
            ValueKind.Date => ServedDates.Parse(claim.DateEdtf!),
            ValueKind.Text => new TextValue(claim.ValueText!),
            _ => new EntityValue(claim.ValueSubjectKey!),
        };
    }
}
