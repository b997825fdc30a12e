using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Organizations;

/// <summary>An invented district committee: a founding date, a base area, then slogans until the budget is spent.</summary>
public sealed class OrganizationSyntheticRecipe : SyntheticRecipe
{
    public override int PerPersons => 200;

    public override int AtLeast => 10;

    public override (Subject Subject, List<Claim> Claims) Build(SyntheticSubjects synthetic, int index, int budget)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        var (random, claims) = (synthetic.Random, synthetic.Claims);
        var key = SyntheticSubjects.Key(SubjectType.Organization, index);
        var label = $"{synthetic.Place()} district committee";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        SyntheticSubjects.Add(list, budget, () => claims.DateClaim(key, ClaimProperty.FoundingDate, random.Next(1951, 1976)));
        SyntheticSubjects.Add(list, budget, () => claims.Entity(key, ClaimProperty.BaseArea, synthetic.AnyKey(SubjectType.Site)));
        SyntheticSubjects.Fill(list, budget, i => claims.Text(key, ClaimProperty.Slogan, $"Synthetic slogan {i} of {label}."));
        return (new Organization { Key = key, Label = label, Description = SyntheticSubjects.Description, Kind = OrganizationKind.Government }, list);
    }
}
