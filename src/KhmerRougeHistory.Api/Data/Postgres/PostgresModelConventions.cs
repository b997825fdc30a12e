using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>The model adjustments PostgreSQL needs to compare and order the data as SQLite does, and to do it from indexes.</summary>
internal static class PostgresModelConventions
{
    /// <summary>The binary collation: text orders and compares by code point, as SQLite's default BINARY does.</summary>
    public const string BinaryCollation = "C";

    public static void Apply(ModelBuilder modelBuilder)
    {
        // Whatever the server's default collation (ICU "en" orders "a" before "B"), keys, labels, enum names and
        // cursors compare the same on both engines, and ILIKE folds ASCII letters only.
        var textProperties = modelBuilder.Model.GetEntityTypes()
            .SelectMany(e => e.GetDeclaredProperties())
            .Where(p => p.ClrType == typeof(string) || (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum);
        foreach (var property in textProperties)
        {
            property.SetCollation(BinaryCollation);
        }

        // Queries ask for NULLS FIRST when ascending and NULLS LAST when descending (PostgresQueryCompatibility);
        // indexes declared the same way, column by column, serve those orders forwards and their mirrors backwards,
        // so keyset pages stay index seeks. (An array: Npgsql ignores the annotation when it holds another kind of list.)
        foreach (var index in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes()))
        {
            var descending = index.IsDescending;
            index.SetNullSortOrder(index.Properties
                .Select((_, i) => descending is { } d && (d.Count == 0 || d[i]) ? NullSortOrder.NullsLast : NullSortOrder.NullsFirst)
                .ToArray());
        }
    }
}
