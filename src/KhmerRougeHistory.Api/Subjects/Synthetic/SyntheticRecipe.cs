using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Subjects.Synthetic;

/// <summary>
/// How a kind of subject is invented for a synthetic database: how many there are for its persons, and one subject
/// with its claims. Each kind declares its recipe in its own folder; the generator (<c>Import/Synthetic</c>) runs them.
/// </summary>
public abstract class SyntheticRecipe
{
    /// <summary>One subject of this kind per this many persons (1 for the persons themselves).</summary>
    public abstract int PerPersons { get; }

    /// <summary>The fewest there are, however few the persons.</summary>
    public virtual int AtLeast => 0;

    public int Count(int persons) => Math.Max(AtLeast, persons / PerPersons);

    /// <summary>Subject <paramref name="index"/> of this kind and at most <paramref name="budget"/> claims about it.</summary>
    public abstract (Subject Subject, List<Claim> Claims) Build(SyntheticSubjects synthetic, int index, int budget);
}
