using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Persons;

public sealed class Person : Subject
{
    public required PersonKind Kind { get; init; }

    public override string KindName => Kind.ToString();
}
