using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

public sealed class HistoricalEvent : Subject
{
    public required EventKind Kind { get; init; }

    public override string KindName => Kind.ToString();
}
