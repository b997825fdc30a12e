using System.Text;
using System.Text.Json;

namespace KhmerRougeHistory.Api.Benchmarks.Load;

/// <summary>
/// How big an answer is: its bytes, and its values (every object and every scalar; lists are not counted, their
/// items are). The values are what the server resolves and writes one by one, so the cost of a request that returns
/// more of them grows with them whatever the size of the database.
/// </summary>
internal readonly record struct AnswerSize(int Bytes, int Values)
{
    public static AnswerSize Of(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        var values = 0;
        while (reader.Read())
        {
            values += reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number
                or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null ? 1 : 0;
        }

        return new AnswerSize(bytes.Length, values);
    }
}
