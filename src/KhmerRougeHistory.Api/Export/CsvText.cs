namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// RFC 4180 cells, as the Frictionless default CSV dialect reads them: comma-separated, CRLF line ends, a cell quoted
/// with <c>"</c> (and its quotes doubled) only when it holds a comma, a quote or a line break.
/// </summary>
internal static class CsvText
{
    public const string LineEnd = "\r\n";

    private static readonly System.Buffers.SearchValues<char> _special = System.Buffers.SearchValues.Create(",\"\r\n");

    /// <summary>Writes one row of cells and its line end.</summary>
    public static void WriteRow(RecordOutput output, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                output.Write(","u8);
            }

            output.Write(Escape(cell));
            first = false;
        }

        output.Write("\r\n"u8);
    }

    public static string Escape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.AsSpan().IndexOfAny(_special) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
