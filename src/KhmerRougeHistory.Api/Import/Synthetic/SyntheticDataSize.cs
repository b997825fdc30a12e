namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// How big a synthetic database to generate. Organizations, sites and events scale with the persons
/// (1 per 200, 1 per 100 and 1 per 50, at least 10 each); the claims are spread over all subjects.
/// </summary>
public sealed record SyntheticDataSize(int Persons = 100_000, int Claims = 1_000_000, int Sources = 200, int Seed = 1975)
{
    public int Organizations => Math.Max(10, Persons / 200);

    public int Sites => Math.Max(10, Persons / 100);

    public int Events => Math.Max(10, Persons / 50);

    public int Subjects => Persons + Organizations + Sites + Events;
}
