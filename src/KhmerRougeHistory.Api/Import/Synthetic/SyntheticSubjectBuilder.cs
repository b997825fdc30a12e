using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Events;
using KhmerRougeHistory.Api.Organizations;
using KhmerRougeHistory.Api.Persons;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// One subject and its claims, within a claim budget: names first, then dates (some disputed by a second source),
/// relations to other subjects, then free-text claims until the budget is spent.
/// </summary>
internal sealed class SyntheticSubjectBuilder(Random random, SyntheticClaimFactory claims, SyntheticDataSize size)
{
    private const string Description = "Synthetic record generated for benchmarks; not a historical fact.";

    private static readonly string[] _roles = ["cadre", "chief", "guard", "interrogator", "messenger", "soldier", "medic", "cook"];

    private static readonly string[] _occupations = ["teacher", "farmer", "monk", "student", "soldier", "doctor", "engineer", "fisherman", "nurse", "clerk"];

    public static string Key(SubjectType type, int index) => $"{type.ToString().ToLowerInvariant()}/synthetic-{index:0000000}";

    public (Subject Subject, List<Claim> Claims) Person(int index, int budget)
    {
        var key = Key(SubjectType.Person, index);
        var label = SyntheticNames.Person(random);
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        Add(list, budget, () => claims.Text(key, ClaimProperty.Name, SyntheticNames.Revolutionary(random), NameType.RevolutionaryName));
        var born = random.Next(1920, 1966);
        Add(list, budget, () => claims.Date(key, ClaimProperty.BirthDate, born));
        Add(list, budget, () => random.Next(100) < 15 ? claims.Date(key, ClaimProperty.BirthDate, born + random.Next(2, 6)) : null);
        Add(list, budget, () => claims.Entity(key, ClaimProperty.MemberOf, Key(SubjectType.Organization, random.Next(size.Organizations)), SyntheticNames.Pick(random, _roles), "1975", "1979"));
        Add(list, budget, () => claims.Entity(key, ClaimProperty.ParticipantIn, Key(SubjectType.Event, random.Next(size.Events)), random.Next(3) == 0 ? "witness" : "victim"));
        Add(list, budget, () => claims.Text(key, ClaimProperty.Occupation, SyntheticNames.Pick(random, _occupations)));
        Fill(list, budget, i => claims.Text(key, ClaimProperty.Statement, $"Synthetic testimony {i} of {label}."));
        var kind = SyntheticNames.Pick(random, [PersonKind.Victim, PersonKind.Survivor, PersonKind.Cadre, PersonKind.Victim, PersonKind.PrisonOfficial]);
        return (new Person { Key = key, Label = label, Description = Description, Kind = kind }, list);
    }

    public (Subject Subject, List<Claim> Claims) Organization(int index, int budget)
    {
        var key = Key(SubjectType.Organization, index);
        var label = $"{SyntheticNames.Place(random)} district committee";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        Add(list, budget, () => claims.Date(key, ClaimProperty.FoundingDate, random.Next(1951, 1976)));
        Add(list, budget, () => claims.Entity(key, ClaimProperty.BaseArea, Key(SubjectType.Site, random.Next(size.Sites))));
        Fill(list, budget, i => claims.Text(key, ClaimProperty.Slogan, $"Synthetic slogan {i} of {label}."));
        return (new Organization { Key = key, Label = label, Description = Description, Kind = OrganizationKind.Government }, list);
    }

    public (Subject Subject, List<Claim> Claims) Site(int index, int budget)
    {
        var key = Key(SubjectType.Site, index);
        var label = $"{SyntheticNames.Place(random)} security office";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        var prisoners = random.Next(100, 20_000);
        Add(list, budget, () => claims.Quantity(key, ClaimProperty.PrisonerCount, prisoners, "person", Certainty.Approximate));
        Add(list, budget, () => claims.Quantity(key, ClaimProperty.PrisonerCount, prisoners * (random.Next(2) == 0 ? 1 : 2), "person", Certainty.Stated));
        Add(list, budget, () => claims.Date(key, ClaimProperty.OpenedDate, random.Next(1975, 1978)));
        Add(list, budget, () => index == 0 ? null : claims.Entity(key, ClaimProperty.LocatedIn, Key(SubjectType.Site, random.Next(index))));
        Fill(list, budget, i => claims.Text(key, ClaimProperty.FormerUse, $"Synthetic former use {i} of {label}."));
        return (new Site { Key = key, Label = label, Description = Description, Kind = random.Next(3) == 0 ? SiteKind.KillingField : SiteKind.Prison }, list);
    }

    public (Subject Subject, List<Claim> Claims) Event(int index, int budget)
    {
        var key = Key(SubjectType.Event, index);
        var kind = SyntheticNames.Pick(random, [EventKind.Evacuation, EventKind.Purge, EventKind.Execution, EventKind.Detention, EventKind.Trial]);
        var label = $"{kind} at {SyntheticNames.Place(random)}";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        var year = random.Next(10) < 8 ? random.Next(1970, 1980) : random.Next(1960, 2010);
        Add(list, budget, () => claims.Date(key, ClaimProperty.Date, year, random.Next(1, 13), random.Next(1, 29)));
        Add(list, budget, () => claims.Entity(key, ClaimProperty.OccurredAt, Key(SubjectType.Site, random.Next(size.Sites))));
        Fill(list, budget, i => claims.Text(key, ClaimProperty.Outcome, $"Synthetic outcome {i} of {label}."));
        return (new HistoricalEvent { Key = key, Label = label, Description = Description, Kind = kind }, list);
    }

    private static void Add(List<Claim> list, int budget, Func<Claim?> next)
    {
        if (list.Count < budget && next() is { } claim && !list.Exists(c => c.Id == claim.Id))
        {
            list.Add(claim);
        }
    }

    private static void Fill(List<Claim> list, int budget, Func<int, Claim> next)
    {
        for (var i = 1; list.Count < budget; i++)
        {
            list.Add(next(i));
        }
    }
}
