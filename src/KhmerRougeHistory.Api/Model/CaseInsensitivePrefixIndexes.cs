using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Model;

/// <summary>
/// Text columns that <c>startsWith</c> filters read by prefix, ignoring case as the filters promise. An ordinary index
/// sorts by case, so a prefix that ignores case has no range in it: SQLite then reads the whole index and tests every
/// row. SQLite's builder gives each marked column an index under its NOCASE collation, where the prefix is a range.
/// </summary>
public static class CaseInsensitivePrefixIndexes
{
    private const string Annotation = "KhmerRougeHistory:CaseInsensitivePrefixIndex";

    public static PropertyBuilder<string> HasCaseInsensitivePrefixIndex(this PropertyBuilder<string> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(Annotation, true);
    }

    /// <summary>The marked columns, as (table, column).</summary>
    public static IEnumerable<(string Table, string Column)> In(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetEntityTypes()
            .Where(entity => entity.GetTableName() is not null)
            .SelectMany(entity => entity.GetDeclaredProperties()
                .Where(property => property.FindAnnotation(Annotation)?.Value is true)
                .Select(property => (entity.GetTableName()!, property.GetColumnName())))
            .Distinct();
    }
}
