using System.Text.Json;

namespace KhmerRougeHistory.Api.Export;

/// <summary>One tabular data resource of datapackage.json: its CSV file, dialect and Table Schema.</summary>
internal static class TableSchemaDescriptor
{
    public static void WriteResource(Utf8JsonWriter json, string path, ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(table);
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Resource);
        json.WriteString("path", path);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", CsvText.LineEnd);
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        WriteFields(json, table.Fields);

        // An empty cell is a NULL (Table Schema's default, stated so readers need not know it).
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        WriteNames(json, "primaryKey", table.PrimaryKey);
        WriteForeignKeys(json, table);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The profile wants at least one foreign key when the property is there, so a table without any has none.</summary>
    private static void WriteForeignKeys(Utf8JsonWriter json, ExportTable table)
    {
        if (table.ForeignKeys.Count == 0)
        {
            return;
        }

        json.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            json.WriteStartObject();
            WriteNames(json, "fields", key.Fields);
            json.WriteStartObject("reference");
            // Table Schema: an empty resource name refers to the table itself.
            json.WriteString("resource", key.Resource == table.Resource ? string.Empty : key.Resource);
            WriteNames(json, "fields", key.ReferenceFields);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter json, IReadOnlyList<ExportField> fields)
    {
        json.WriteStartArray("fields");
        foreach (var field in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type);
            if (field.Required || field.Values is not null)
            {
                json.WriteStartObject("constraints");
                if (field.Required)
                {
                    json.WriteBoolean("required", true);
                }

                if (field.Values is not null)
                {
                    WriteNames(json, "enum", field.Values);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
