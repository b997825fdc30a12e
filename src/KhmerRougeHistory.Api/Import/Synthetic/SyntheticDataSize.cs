using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// How big a synthetic database to generate. The other kinds of subject scale with the persons, as each kind's recipe
/// says (organizations 1 per 200, sites 1 per 100, events 1 per 50, at least 10 each); the claims are spread over all
/// subjects.
/// </summary>
public sealed record SyntheticDataSize(int Persons = 100_000, int Claims = 1_000_000, int Sources = 200, int Seed = 1975)
{
    public int CountOf(SubjectType type) => SubjectModules.Of(type).Synthetic.Count(Persons);

    public int Subjects => SubjectModules.All.Sum(m => CountOf(m.Type));
}
