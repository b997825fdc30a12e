using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>Events as a kind of subject: <c>events.json</c>, keys <c>event/…</c>.</summary>
public sealed class EventModule : SubjectModule<HistoricalEvent, EventKind>
{
    public override SubjectType Type => SubjectType.Event;

    public override string DataFile => "events.json";

    public override string KeyPrefix => "event/";

    protected override HistoricalEvent Create(string key, string label, string description, EventKind kind) =>
        new() { Key = key, Label = label, Description = description, Kind = kind };
}
