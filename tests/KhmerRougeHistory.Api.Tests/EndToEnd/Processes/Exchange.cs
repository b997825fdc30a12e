using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// One request to a server process and what the client saw of it: no response at all (refused, or the connection
/// closed first), or a status, then a body read to its end and parsed as JSON, or the failure that cut it short.
/// </summary>
public sealed record Exchange(HttpStatusCode? Status, JsonNode? Body, string? Failure, bool Refused, TimeSpan Elapsed)
{
    public bool ResponseStarted => Status is not null;

    /// <summary>200 with a complete JSON body that has <c>data</c> and no <c>errors</c>.</summary>
    public bool IsGoodAnswer => Status == HttpStatusCode.OK && Failure is null && Body?["data"] is JsonObject && Body["errors"] is null;

    /// <summary>The expected status and a complete JSON body with an error of this code.</summary>
    public bool IsRefusal(HttpStatusCode status, string code) =>
        Status == status && Failure is null && Body?["errors"] is JsonArray errors && errors.Any(e => (string?)e?["extensions"]?["code"] == code);

    public override string ToString() =>
        Refused ? "refused" : $"{(Status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response")} {Failure ?? Shorten(Body?.ToJsonString())}";

    public static async Task<Exchange> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException e)
        {
            return new(null, null, Messages(e), IsConnectionRefused(e), Stopwatch.GetElapsedTime(started));
        }

        using (response)
        {
            try
            {
                var text = await response.Content.ReadAsStringAsync();
                return new(response.StatusCode, JsonNode.Parse(text), null, false, Stopwatch.GetElapsedTime(started));
            }
            catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
            {
                return new(response.StatusCode, null, $"body cut short: {Messages(e)}", false, Stopwatch.GetElapsedTime(started));
            }
        }
    }

    private static bool IsConnectionRefused(Exception e) =>
        e is SocketException { SocketErrorCode: SocketError.ConnectionRefused } || (e.InnerException is { } inner && IsConnectionRefused(inner));

    private static string Messages(Exception e) => e.InnerException is { } inner ? $"{e.Message} ({Messages(inner)})" : e.Message;

    private static string? Shorten(string? text) => text is { Length: > 300 } ? text[..300] + "…" : text;
}
