using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// One table of the database as the EF Core relational model declares it, for the CSV files and datapackage.json:
/// its columns with Table Schema types, its primary key and its foreign keys. Read from the model alone, so that a
/// new entity or column is exported without a change here.
/// </summary>
internal sealed class ExportTable
{
    private ExportTable(ITable table)
    {
        TableName = table.Name;
        Resource = ResourceName(table.Name);
        PrimaryKey = [.. table.PrimaryKey?.Columns.Select(c => c.Name) ?? []];

        // Key columns first (readers expect them there), then the rest as the model lists them.
        Fields = [.. table.Columns.OrderBy(c => PrimaryKey.Contains(c.Name) ? PrimaryKey.ToList().IndexOf(c.Name) : int.MaxValue).Select(FieldOf)];
        ForeignKeys = [.. table.ForeignKeyConstraints
            .OrderBy(fk => fk.Name, StringComparer.Ordinal)
            .Select(fk => new ExportForeignKey(
                [.. fk.Columns.Select(c => c.Name)],
                ResourceName(fk.PrincipalTable.Name),
                [.. fk.PrincipalColumns.Select(c => c.Name)]))];
        Select = $"SELECT {string.Join(", ", Fields.Select(f => Quote(f.Name)))} FROM {Quote(TableName)}"
            + (PrimaryKey.Count > 0 ? $" ORDER BY {string.Join(", ", PrimaryKey.Select(Quote))}" : string.Empty);
    }

    /// <summary>The table's name in the database.</summary>
    public string TableName { get; }

    /// <summary>The Data Package resource name: lower case with hyphens, as the spec's pattern allows (<c>ClaimGroups</c> → <c>claim-groups</c>).</summary>
    public string Resource { get; }

    public IReadOnlyList<ExportField> Fields { get; }

    public IReadOnlyList<string> PrimaryKey { get; }

    public IReadOnlyList<ExportForeignKey> ForeignKeys { get; }

    /// <summary>Every row in key order, so that two downloads of one data version are byte-identical on either engine.</summary>
    public string Select { get; }

    /// <summary>Every table the model maps, in name order.</summary>
    public static IReadOnlyList<ExportTable> Of(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new ExportTable(t))];
    }

    private static ExportField FieldOf(IColumn column) =>
        new(column.Name, TableSchemaTypes.Of(column), !column.IsNullable, ValuesOf(column));

    /// <summary>
    /// Enums stored as their names, or a hierarchy's discriminator: the closed list of values the column holds (a
    /// column that several types of a hierarchy share, each with its own enum, takes the values of all of them).
    /// </summary>
    private static IReadOnlyList<string>? ValuesOf(IColumn column)
    {
        var values = new List<string>();
        foreach (var property in column.PropertyMappings.Select(m => m.Property))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type.IsEnum)
            {
                values.AddRange(Enum.GetNames(type));
            }
            else if (property.DeclaringType is IEntityType entity && entity.FindDiscriminatorProperty() == property)
            {
                values.AddRange(entity.GetDerivedTypesInclusive().Where(t => !t.IsAbstract())
                    .Select(t => Convert.ToString(t.GetDiscriminatorValue(), CultureInfo.InvariantCulture)!));
            }
            else
            {
                return null;
            }
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    private static string ResourceName(string table)
    {
        var name = new StringBuilder(table.Length + 4);
        for (var i = 0; i < table.Length; i++)
        {
            var c = table[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(table[i - 1]))
            {
                name.Append('-');
            }

            name.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return name.ToString();
    }

    // Both engines read double-quoted identifiers as case-sensitive names, as the data path's EntityTable does.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
