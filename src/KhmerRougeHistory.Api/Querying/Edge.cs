namespace KhmerRougeHistory.Api.Querying;

/// <summary>
/// An item of a page and the opaque cursor that points at it. The cursor is written when first read: most queries
/// select the nodes only, and writing one (a JSON object in base64) for every row of every page was 4 % of a Timeline
/// request's CPU.
/// </summary>
public sealed class Edge<T>(T node, Func<T, string> cursorOf) : IHasCursor
{
    private string? _cursor;

    public T Node { get; } = node;

    public string Cursor => _cursor ??= cursorOf(Node);
}
