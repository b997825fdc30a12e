using System.Text;

namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>A strict RFC 4180 reader for the tests: quoted cells may hold commas, quotes and line breaks; rows end with CRLF.</summary>
public static class CsvRows
{
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(cell.Length == 0, $"A quote inside an unquoted cell at {i}.");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A CR without LF at {i}.");
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.True(c != '\n', $"A bare LF outside quotes at {i}.");
                cell.Append(c);
            }
        }

        Assert.False(quoted, "The file ends inside a quoted cell.");
        Assert.True(row.Count == 0 && cell.Length == 0, "The last row has no line end.");
        return rows;
    }
}
