using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// What one kind of subject declares about itself, once, in its own folder: its type and class, where the curated data
/// keeps it, what its key starts with and how a record becomes one. The layers that serve every kind alike (the type
/// filter, node resolution, the model's discriminator, the importer) read these declarations instead of naming kinds.
/// </summary>
public interface ISubjectModule
{
    SubjectType Type { get; }

    /// <summary>The entity class, one of the shared table's (table per hierarchy).</summary>
    Type EntityClass { get; }

    /// <summary>The curated data file of its records, e.g. <c>persons.json</c>.</summary>
    string DataFile { get; }

    /// <summary>What every key of this kind starts with, e.g. <c>person/</c>: a key names its own type.</summary>
    string KeyPrefix { get; }

    /// <summary>The names the record's <c>kind</c> may take, for a refusal that says what is expected.</summary>
    IReadOnlyList<string> KindNames { get; }

    /// <summary>How subjects of this kind are invented for a synthetic database.</summary>
    SyntheticRecipe Synthetic { get; }

    /// <summary>A subject of this kind, or null when <paramref name="kind"/> is not one of <see cref="KindNames"/>.</summary>
    Subject? Create(string key, string label, string description, string? kind);
}
