using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>Every kind of subject the assembly declares (<see cref="ISubjectModule"/>), in the order of <see cref="SubjectType"/>.</summary>
public static class SubjectModules
{
    public static IReadOnlyList<ISubjectModule> All { get; } = [.. EntityModules.All.OfType<ISubjectModule>().OrderBy(m => m.Type)];

    private static readonly Dictionary<Type, ISubjectModule> _byClass = All.ToDictionary(m => m.EntityClass);

    private static readonly Dictionary<SubjectType, ISubjectModule> _byType = All.ToDictionary(m => m.Type);

    // A lookup, not a search: the synthetic generator asks once per key it writes, a million times for its large database.
    public static ISubjectModule Of(SubjectType type) => _byType[type];

    public static ISubjectModule Of(Type subjectClass) =>
        _byClass.TryGetValue(subjectClass, out var module) ? module : throw new InvalidOperationException($"{subjectClass.Name} is not a declared kind of subject.");

    /// <summary>The GraphQL names of the subject types, which a subject's global ID may name.</summary>
    public static IReadOnlyList<string> TypeNames { get; } = [.. All.Select(m => m.Type.ToString())];
}
