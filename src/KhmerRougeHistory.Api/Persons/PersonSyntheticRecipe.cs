using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Persons;

/// <summary>
/// An invented person: a Khmer-style name and a revolutionary one, a birth date (15 % of them disputed by a second
/// source), a membership, a participation, an occupation, then testimony until the budget is spent.
/// </summary>
public sealed class PersonSyntheticRecipe : SyntheticRecipe
{
    private static readonly string[] _family =
        ["Sok", "Chea", "Keo", "Lim", "Nuon", "Meas", "Huy", "Seng", "Chan", "Kim", "Mao", "Touch", "Heng", "Prak", "Ly", "Ouk", "Sam", "Chhim", "Pen", "Sar", "Yim", "Long", "Hem", "Srun"];

    private static readonly string[] _given =
        ["Dara", "Sophal", "Vanna", "Chenda", "Bopha", "Sothea", "Rithy", "Sokha", "Vuthy", "Kunthea", "Sovann", "Pisey", "Sophea", "Ratha", "Srey", "Phalla", "Narin", "Samnang", "Veasna", "Thida", "Kosal", "Makara", "Chantha", "Sarin"];

    private static readonly string[] _roles = ["cadre", "chief", "guard", "interrogator", "messenger", "soldier", "medic", "cook"];

    private static readonly string[] _occupations = ["teacher", "farmer", "monk", "student", "soldier", "doctor", "engineer", "fisherman", "nurse", "clerk"];

    private static readonly PersonKind[] _kinds = [PersonKind.Victim, PersonKind.Survivor, PersonKind.Cadre, PersonKind.Victim, PersonKind.PrisonOfficial];

    public override int PerPersons => 1;

    public override (Subject Subject, List<Claim> Claims) Build(SyntheticSubjects synthetic, int index, int budget)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        var (random, claims) = (synthetic.Random, synthetic.Claims);
        var key = SyntheticSubjects.Key(SubjectType.Person, index);
        var label = $"{synthetic.Pick(_family)} {synthetic.Pick(_given)}";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        SyntheticSubjects.Add(list, budget, () => claims.Text(key, ClaimProperty.Name, $"Comrade {synthetic.Pick(_given)}", NameType.RevolutionaryName));
        var born = random.Next(1920, 1966);
        SyntheticSubjects.Add(list, budget, () => claims.DateClaim(key, ClaimProperty.BirthDate, born));
        SyntheticSubjects.Add(list, budget, () => random.Next(100) < 15 ? claims.DateClaim(key, ClaimProperty.BirthDate, born + random.Next(2, 6)) : null);
        SyntheticSubjects.Add(list, budget, () => claims.Entity(key, ClaimProperty.MemberOf, synthetic.AnyKey(SubjectType.Organization), synthetic.Pick(_roles), "1975", "1979"));
        SyntheticSubjects.Add(list, budget, () => claims.Entity(key, ClaimProperty.ParticipantIn, synthetic.AnyKey(SubjectType.Event), random.Next(3) == 0 ? "witness" : "victim"));
        SyntheticSubjects.Add(list, budget, () => claims.Text(key, ClaimProperty.Occupation, synthetic.Pick(_occupations)));
        SyntheticSubjects.Fill(list, budget, i => claims.Text(key, ClaimProperty.Statement, $"Synthetic testimony {i} of {label}."));
        var kind = synthetic.Pick(_kinds);
        return (new Person { Key = key, Label = label, Description = SyntheticSubjects.Description, Kind = kind }, list);
    }
}
