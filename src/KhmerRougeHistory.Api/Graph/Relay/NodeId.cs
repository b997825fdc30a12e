using System.Text;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Graph.Relay;

/// <summary>Opaque global IDs: base64 of <c>TypeName:key</c>, as HotChocolate encodes them.</summary>
public static class NodeId
{
    public static string Encode(string typeName, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key));

    /// <summary>Decodes an ID into its type name and key; anything else is an <see cref="InvalidIdError"/>.</summary>
    public static (string TypeName, string Key) Decode(string? id)
    {
        if (!string.IsNullOrEmpty(id) && id.Length <= 512)
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && colon < text.Length - 1)
                {
                    return (text[..colon], text[(colon + 1)..]);
                }
            }
            catch (FormatException)
            {
                // Falls through to the error below.
            }
        }

        throw new InvalidIdError($"'{Shorten(id)}' is not an ID of this API. IDs are opaque: use the id of a node this API returned.");
    }

    /// <summary>The key of an ID that must name one of <paramref name="typeNames"/>.</summary>
    public static string DecodeKey(string? id, IReadOnlyCollection<string> typeNames)
    {
        ArgumentNullException.ThrowIfNull(typeNames);
        var (typeName, key) = Decode(id);
        return typeNames.Contains(typeName)
            ? key
            : throw new InvalidIdError($"The ID names a {typeName}; this argument takes the ID of a {string.Join(" or ", typeNames)}.");
    }

    private static string Shorten(string? id) => id is null ? "null" : id.Length > 40 ? id[..40] + "…" : id;
}
