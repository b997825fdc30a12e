using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// Frictionless Table Schema field types (https://specs.frictionlessdata.io/table-schema/#types-and-formats) for the
/// columns of the model, and each type's text in a CSV cell in the type's default format, whichever engine stored it.
/// </summary>
internal static class TableSchemaTypes
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Array = "array";

    /// <summary>The type of what the column stores: enums are stored as their names, so they are strings.</summary>
    public static string Of(IColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.PropertyMappings[0].Property.IsPrimitiveCollection)
        {
            return Array;
        }

        var type = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(Guid) => String,
            _ when type == typeof(bool) => Boolean,
            _ when type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long) => Integer,
            _ when type == typeof(float) || type == typeof(double) || type == typeof(decimal) => Number,
            _ when type == typeof(DateOnly) => Date,
            _ when type == typeof(System.DateTime) || type == typeof(DateTimeOffset) => DateTime,
            _ => String,
        };
    }

    /// <summary>The cell's text: empty for NULL (Table Schema's default missing value), else the type's default format.</summary>
    public static string Format(DbDataReader reader, int ordinal, string type)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.IsDBNull(ordinal))
        {
            return string.Empty;
        }

        return type switch
        {
            Integer => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            Number => Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            Boolean => Convert.ToBoolean(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ? "true" : "false",
            Date => reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // The default datetime format has whole seconds (validators refuse a fraction); only the build time has one.
            DateTime => reader.GetFieldValue<DateTimeOffset>(ordinal).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            // SQLite keeps a list as JSON text already; PostgreSQL hands an array, written as the same JSON.
            Array => reader.GetValue(ordinal) is var list and not string and IEnumerable ? JsonSerializer.Serialize(list) : reader.GetString(ordinal),
            _ => Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
