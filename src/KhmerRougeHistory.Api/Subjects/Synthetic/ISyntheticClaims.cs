using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Subjects.Synthetic;

/// <summary>Invented claims, built and cited as the importer builds real ones; the synthetic generator provides them.</summary>
public interface ISyntheticClaims
{
    Claim Text(string subject, ClaimProperty claimProperty, string text, NameType? nameType = null);

    Claim Entity(string subject, ClaimProperty claimProperty, string target, string? role = null, string? validFrom = null, string? validTo = null);

    /// <summary>A day when <paramref name="day"/> is given, else a year.</summary>
    Claim DateClaim(string subject, ClaimProperty claimProperty, int year, int month = 0, int day = 0);

    Claim Quantity(string subject, ClaimProperty claimProperty, double amount, string unit, Certainty certainty);
}
