using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>
/// An event, the GraphQL type <c>Event</c>. The class alone keeps the longer name: <c>Event</c> is a keyword in other
/// .NET languages (CA1716), and everything else in this folder is named <c>Event…</c>.
/// </summary>
public sealed class HistoricalEvent : Subject
{
    public required EventKind Kind { get; init; }

    public override string KindName => Kind.ToString();
}
