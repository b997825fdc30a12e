using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Events;

/// <summary>An invented event: a day (most in the regime's decade), a place, then outcomes until the budget is spent.</summary>
public sealed class EventSyntheticRecipe : SyntheticRecipe
{
    private static readonly EventKind[] _kinds = [EventKind.Evacuation, EventKind.Purge, EventKind.Execution, EventKind.Detention, EventKind.Trial];

    public override int PerPersons => 50;

    public override int AtLeast => 10;

    public override (Subject Subject, List<Claim> Claims) Build(SyntheticSubjects synthetic, int index, int budget)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        var (random, claims) = (synthetic.Random, synthetic.Claims);
        var key = SyntheticSubjects.Key(SubjectType.Event, index);
        var kind = synthetic.Pick(_kinds);
        var label = $"{kind} at {synthetic.Place()}";
        var list = new List<Claim> { claims.Text(key, ClaimProperty.Name, label, NameType.Primary) };
        var year = random.Next(10) < 8 ? random.Next(1970, 1980) : random.Next(1960, 2010);
        SyntheticSubjects.Add(list, budget, () => claims.DateClaim(key, ClaimProperty.Date, year, random.Next(1, 13), random.Next(1, 29)));
        SyntheticSubjects.Add(list, budget, () => claims.Entity(key, ClaimProperty.OccurredAt, synthetic.AnyKey(SubjectType.Site)));
        SyntheticSubjects.Fill(list, budget, i => claims.Text(key, ClaimProperty.Outcome, $"Synthetic outcome {i} of {label}."));
        return (new HistoricalEvent { Key = key, Label = label, Description = SyntheticSubjects.Description, Kind = kind }, list);
    }
}
