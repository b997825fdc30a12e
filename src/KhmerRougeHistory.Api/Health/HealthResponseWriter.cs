using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KhmerRougeHistory.Api.Health;

/// <summary>
/// Writes a health report as JSON: <c>{"status": "Healthy", "checks": {"database": {"status", "description",
/// "durationMs", "data"}}}</c>. Exceptions stay in the log: a failed check says only its own description.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonWriterOptions _options = new() { Indented = false };

    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body, _options);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Exception is null ? entry.Description : "The check failed; see the server log.");
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            if (entry.Data.Count > 0)
            {
                json.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}
