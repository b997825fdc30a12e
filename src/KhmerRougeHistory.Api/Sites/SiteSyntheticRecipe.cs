using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Sites;

/// <summary>
/// An invented security office: a prisoner count that a second source may double, an opening date, the site it lies in
/// (an earlier one), then former uses until the budget is spent.
/// </summary>
public sealed class SiteSyntheticRecipe : SyntheticRecipe
{
    public override int PerPersons => 100;

    public override int AtLeast => 10;

    public override (Subject Subject, List<Claim> Claims) Build(SyntheticSubjects synthetic, int index, int budget)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        var (random, claims) = (synthetic.Random, synthetic.Claims);
        var key = SyntheticSubjects.Key(SubjectType.Site, index);
        var label = $"{synthetic.Place()} security office";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        var prisoners = random.Next(100, 20_000);
        SyntheticSubjects.Add(list, budget, () => claims.Quantity(key, ClaimProperty.PrisonerCount, prisoners, "person", Certainty.Approximate));
        SyntheticSubjects.Add(list, budget, () => claims.Quantity(key, ClaimProperty.PrisonerCount, prisoners * (random.Next(2) == 0 ? 1 : 2), "person", Certainty.Stated));
        SyntheticSubjects.Add(list, budget, () => claims.DateClaim(key, ClaimProperty.OpenedDate, random.Next(1975, 1978)));
        SyntheticSubjects.Add(list, budget, () => index == 0 ? null : claims.Entity(key, ClaimProperty.LocatedIn, SyntheticSubjects.Key(SubjectType.Site, random.Next(index))));
        SyntheticSubjects.Fill(list, budget, i => claims.Text(key, ClaimProperty.FormerUse, $"Synthetic former use {i} of {label}."));
        return (new Site { Key = key, Label = label, Description = SyntheticSubjects.Description, Kind = random.Next(3) == 0 ? SiteKind.KillingField : SiteKind.Prison }, list);
    }
}
