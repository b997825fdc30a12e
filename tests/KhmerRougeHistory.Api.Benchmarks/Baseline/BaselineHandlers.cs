using System.Text.Encodings.Web;
using System.Text.Json;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Benchmarks.Server;
using Microsoft.AspNetCore.Http;

namespace KhmerRougeHistory.Api.Benchmarks.Baseline;

/// <summary>
/// What the API's answer to PersonNames and Search costs without GraphQL: read the same POST body, run hand-written
/// SQL, write the same JSON shape with <see cref="Utf8JsonWriter"/>.
/// </summary>
internal sealed class BaselineHandlers(string databasePath)
{
    // The API's serializer escapes only what JSON requires (GraphQLServiceCollectionExtensions); the default encoder
    // would also write '&', apostrophes and every non-ASCII letter as \uXXXX, a different and longer body.
    private static readonly JsonWriterOptions _sameEscapingAsTheApi = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext http)
    {
        using var request = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var root = request.RootElement;
        var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        var operation = root.GetProperty("operationName").GetString();
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, _sameEscapingAsTheApi);
        using var connection = BaselineSql.Open(databasePath);
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
        if (operation == "PersonNames")
        {
            var id = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("person", out var p) ? p.GetString()! : "UGVyc29uOnBlcnNvbi9kdWNo";
            WritePersonNames(json, connection, GlobalId.KeyOf(id));
        }
        else
        {
            var text = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("text", out var t) ? t.GetString()! : "tuól sl";
            var first = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("first", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 10;
            WriteSearch(json, connection, text, first);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void WritePersonNames(Utf8JsonWriter json, Microsoft.Data.Sqlite.SqliteConnection connection, string key)
    {
        json.WritePropertyName("node");
        using var label = connection.CreateCommand();
        label.CommandText = BaselineSql.PersonLabel;
        label.Parameters.AddWithValue("$key", key);
        SqlStatementCounter.Add();
        if (label.ExecuteScalar() is not string text)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("label", text);
        json.WriteStartArray("names");
        using var names = connection.CreateCommand();
        names.CommandText = BaselineSql.PersonNames;
        names.Parameters.AddWithValue("$key", key);
        SqlStatementCounter.Add();
        using var reader = names.ExecuteReader();
        var rows = new List<(string Claim, string Value, string Type, string? Wording, string Title, string Source)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        foreach (var name in rows.GroupBy(r => r.Claim))
        {
            var first = name.First();
            json.WriteStartObject();
            json.WriteString("value", first.Value);
            json.WriteString("nameType", BaselineSql.EnumName(first.Type));
            json.WriteStartArray("sources");
            // Each source once, in the order of its first citation, as the API does: by key, since two sources may share a title.
            foreach (var source in name.DistinctBy(r => r.Source))
            {
                json.WriteStartObject();
                json.WriteString("title", source.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("citations");
            foreach (var citation in name)
            {
                json.WriteStartObject();
                json.WriteString("wording", citation.Wording);
                json.WriteStartObject("source");
                json.WriteString("title", citation.Title);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSearch(Utf8JsonWriter json, Microsoft.Data.Sqlite.SqliteConnection connection, string text, int first)
    {
        var hits = new List<(string Key, string Type, string Label, string Kind, string? Start)>();
        using (var search = connection.CreateCommand())
        {
            search.CommandText = BaselineSql.Search;
            search.Parameters.AddWithValue("$match", BaselineSql.MatchExpression(text));
            search.Parameters.AddWithValue("$exact", KhmerRougeHistory.Api.Search.SearchExactNames.ForText(text));
            search.Parameters.AddWithValue("$first", first);
            SqlStatementCounter.Add();
            using var reader = search.ExecuteReader();
            while (reader.Read())
            {
                hits.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        var names = new List<(string Key, string Value, string Type)>();
        if (hits.Count > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = BaselineSql.SearchNames;
            for (var i = 0; i < 50; i++)
            {
                command.Parameters.AddWithValue("$k" + i, i < hits.Count ? hits[i].Key : DBNull.Value);
            }

            SqlStatementCounter.Add();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        json.WriteStartArray("search");
        foreach (var hit in hits)
        {
            json.WriteStartObject();
            var type = hit.Type == "Event" ? "Event" : hit.Type;
            json.WriteString("__typename", type);
            json.WriteString("label", hit.Label);
            json.WriteStartArray("names");
            foreach (var name in names.Where(n => n.Key == hit.Key))
            {
                json.WriteStartObject();
                json.WriteString("value", name.Value);
                json.WriteString("nameType", BaselineSql.EnumName(name.Type));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString(hit.Type.ToLowerInvariant() + "Kind", BaselineSql.EnumName(hit.Kind));
            if (hit.Type == "Event")
            {
                json.WriteString("start", hit.Start);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
