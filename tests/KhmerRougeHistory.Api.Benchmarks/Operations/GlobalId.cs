using System.Text;

namespace KhmerRougeHistory.Api.Benchmarks.Operations;

/// <summary>The API's global IDs: base64 of <c>Type:key</c>.</summary>
internal static class GlobalId
{
    public static string Of(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static string KeyOf(string id)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        return text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }
}
