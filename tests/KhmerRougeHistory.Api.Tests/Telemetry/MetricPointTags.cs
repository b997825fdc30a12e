using OpenTelemetry;

namespace KhmerRougeHistory.Api.Tests.Telemetry;

/// <summary>A metric point's tags as an array, for xunit's collection assertions (the collection only has a struct enumerator).</summary>
internal static class MetricPointTags
{
    public static KeyValuePair<string, object?>[] ToArray(this ReadOnlyTagCollection tags)
    {
        var list = new List<KeyValuePair<string, object?>>();
        foreach (var tag in tags)
        {
            list.Add(tag);
        }

        return [.. list];
    }
}
