namespace KhmerRougeHistory.Api.Querying;

/// <summary>Something a page's cursors are read from: an edge, whatever its node's type.</summary>
public interface IHasCursor
{
    string Cursor { get; }
}
