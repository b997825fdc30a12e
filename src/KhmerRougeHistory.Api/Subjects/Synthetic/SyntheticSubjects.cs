using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Subjects.Synthetic;

/// <summary>
/// What a recipe builds with: the seeded random (every draw in a fixed order, so a seed always gives the same database),
/// the claims, and the keys of the other subjects, which exist whatever order they are built in.
/// </summary>
public sealed class SyntheticSubjects(Random random, ISyntheticClaims claims, Func<SubjectType, int> count)
{
    public const string Description = "Synthetic record generated for benchmarks; not a historical fact.";

    private static readonly string[] _places = ["Prey", "Kampong", "Phnom", "Stung", "Boeung", "Tuol", "Wat", "Chamkar", "Krang", "Trapeang", "Svay", "Ampil"];

    private static readonly string[] _placeWords = ["Chhnang", "Thom", "Meanchey", "Veng", "Kraham", "Sla", "Leu", "Kandal", "Chrey", "Trach", "Roka", "Khpos"];

    public Random Random => random;

    public ISyntheticClaims Claims => claims;

    public static string Key(SubjectType type, int index) => $"{SubjectModules.Of(type).KeyPrefix}synthetic-{index:0000000}";

    /// <summary>The key of a random subject of <paramref name="type"/>.</summary>
    public string AnyKey(SubjectType type) => Key(type, random.Next(count(type)));

    /// <summary>An invented Khmer-style place name, so labels sort and search like real ones.</summary>
    public string Place() => $"{Pick(_places)} {Pick(_placeWords)}";

    public T Pick<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values[random.Next(values.Length)];
    }

    /// <summary>Adds the next claim while the budget lasts, unless there is none or it repeats one already there.</summary>
    public static void Add(List<Claim> list, int budget, Func<Claim?> next)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(next);
        if (list.Count < budget && next() is { } claim && !list.Exists(c => c.Id == claim.Id))
        {
            list.Add(claim);
        }
    }

    /// <summary>Spends the rest of the budget on numbered claims.</summary>
    public static void Fill(List<Claim> list, int budget, Func<int, Claim> next)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(next);
        for (var i = 1; list.Count < budget; i++)
        {
            list.Add(next(i));
        }
    }
}
