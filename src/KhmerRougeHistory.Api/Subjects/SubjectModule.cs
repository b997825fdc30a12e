using KhmerRougeHistory.Api.Claims;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>The declaration of a kind of subject whose kinds are the enum <typeparamref name="TKind"/>.</summary>
public abstract class SubjectModule<TSubject, TKind> : ISubjectModule
    where TSubject : Subject
    where TKind : struct, Enum
{
    public abstract SubjectType Type { get; }

    public Type EntityClass => typeof(TSubject);

    public abstract string DataFile { get; }

    public abstract string KeyPrefix { get; }

    public IReadOnlyList<string> KindNames { get; } = Enum.GetNames<TKind>();

    public Subject? Create(string key, string label, string description, string? kind) =>
        EnumText.TryParse<TKind>(kind, out var value) ? Create(key, label, description, value) : null;

    protected abstract TSubject Create(string key, string label, string description, TKind kind);
}
