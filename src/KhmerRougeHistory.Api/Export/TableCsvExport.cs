using System.Data;
using KhmerRougeHistory.Api.Data.Sql;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// One table as CSV with a header row, its rows read with a forward-only reader and written as they come, in the
/// types and formats its datapackage.json schema declares.
/// </summary>
internal sealed class TableCsvExport(string name, ExportTable table, IReadConnections connections) : ExportFile(
    name,
    "text/csv; charset=utf-8; header=present",
    $"The {table.TableName} table as CSV (UTF-8, RFC 4180, header row); datapackage.json describes its columns, keys and types.")
{
    public ExportTable Table { get; } = table;

    public override async Task WriteAsync(Stream destination, CancellationToken cancellationToken)
    {
        await using var output = new RecordOutput(destination);
        CsvText.WriteRow(output, Table.Fields.Select(f => f.Name));

        await using var connection = await connections.OpenAsync(cancellationToken);
        var command = connection.Command(Table.Select, []);
        using (connection.StopOn(cancellationToken))
        {
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var cells = new string[Table.Fields.Count];
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = TableSchemaTypes.Format(reader, i, Table.Fields[i].Type);
                }

                CsvText.WriteRow(output, cells);
                await output.EndRecordAsync(cancellationToken);
            }
        }

        await output.CompleteAsync(cancellationToken);
    }
}
