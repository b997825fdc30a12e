using System.Text.Encodings.Web;
using System.Text.Json;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// <c>datapackage.json</c>: a Frictionless Tabular Data Package (https://specs.frictionlessdata.io/tabular-data-package/)
/// that names each table's CSV file (by a path relative to itself, so it works downloaded or remote) with its Table
/// Schema: field types, required fields, enum values, primary and foreign keys. A few kilobytes, built once.
/// </summary>
internal sealed class DataPackageExport(string name, string packageName, string dataVersion, IReadOnlyList<TableCsvExport> tables) : SmallExportFile(
    name,
    "application/json",
    "A Frictionless Data Package descriptor for the CSV files: Table Schema field types, primary and foreign keys, and how to cite and re-use the data.",
    Describe(packageName, dataVersion, tables))
{
    /// <summary>
    /// What README.md's "Citing and re-using" says, since no licence is chosen yet: the package carries no
    /// <c>licenses</c> rather than a made-up one.
    /// </summary>
    public const string ReuseNote =
        "Every citation holds a short verbatim passage (at most 300 characters) of a published document, reproduced as a short, attributed quotation "
        + "so that every fact can be checked against its source; the words remain their authors' and publishers'. Whoever shows a quote should show its "
        + "attribution with it, keep it verbatim, and link or refer readers to the original document. Labels, descriptions, reading notes and the structure "
        + "of the data are the editors' work. The project has not yet chosen a licence for them; until it does, quote them with attribution and ask before "
        + "re-publishing the dataset in bulk.";

    private static byte[] Describe(string packageName, string dataVersion, IReadOnlyList<TableCsvExport> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", packageName);
            json.WriteString("id", $"{packageName}-{dataVersion}");
            json.WriteString("title", "Khmer Rouge History: claims with verbatim citations");
            json.WriteString("version", dataVersion);
            json.WriteString("description", ReuseNote);
            json.WriteString(
                "citation",
                $"Cite the original source of a fact first (each claim names it); then: Khmer Rouge History API, data version {dataVersion}, <the URL you used>, accessed <date>.");
            json.WriteStartArray("resources");
            foreach (var table in tables)
            {
                TableSchemaDescriptor.WriteResource(json, table.Name, table.Table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
