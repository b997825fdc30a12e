using GraphQL.Types;

namespace KhmerRougeHistory.Api.Events;

/// <summary>The GraphQL enum for <see cref="EventKind"/>; names and descriptions come from the enum.</summary>
public sealed class EventKindGraphType : EnumerationGraphType<EventKind>;
