using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Querying;

/// <summary>
/// Opaque keyset cursors: base64 of the sort order's signature, the sort values of the row and its key.
/// The signature lets a cursor from another sort order be refused instead of silently misplacing the page.
/// </summary>
public static class CursorCodec
{
    public static string Encode(string signature, IReadOnlyList<object?> values, string key)
    {
        var json = new JsonObject
        {
            ["o"] = signature,
            ["v"] = new JsonArray([.. values.Select(ToNode)]),
            ["k"] = key,
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    public static (IReadOnlyList<object?> Values, string Key) Decode(string cursor, string signature, IReadOnlyList<Type> valueTypes)
    {
        ArgumentNullException.ThrowIfNull(valueTypes);
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw new InvalidCursorError("The cursor is not one this API issued. Use a cursor from pageInfo or edges of the same query.");
        }

        if (json?["o"]?.GetValueKind() != JsonValueKind.String || json["k"]?.GetValueKind() != JsonValueKind.String
            || json["v"] is not JsonArray values || values.Count != valueTypes.Count)
        {
            throw new InvalidCursorError("The cursor is not one this API issued. Use a cursor from pageInfo or edges of the same query.");
        }

        if ((string)json["o"]! != signature)
        {
            throw new InvalidCursorError("The cursor was issued for another sort order (or another list); page with cursors of the same order.");
        }

        try
        {
            return ([.. values.Select((v, i) => FromNode(v, valueTypes[i]))], (string)json["k"]!);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or JsonException)
        {
            throw new InvalidCursorError("The cursor is not one this API issued. Use a cursor from pageInfo or edges of the same query.");
        }
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        Enum e => JsonValue.Create(e.ToString()),
        _ => throw new InvalidOperationException($"Sort values of type {value.GetType().Name} cannot be put in a cursor."),
    };

    private static object? FromNode(JsonNode? node, Type type)
    {
        if (node is null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null : throw new FormatException();
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => (string)node!,
            _ when target == typeof(DateOnly) => DateOnly.ParseExact((string)node!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when target == typeof(int) => (int)node!,
            _ when target == typeof(double) => (double)node!,
            _ when target.IsEnum => Enum.Parse(target, (string)node!),
            _ => throw new FormatException(),
        };
    }
}
