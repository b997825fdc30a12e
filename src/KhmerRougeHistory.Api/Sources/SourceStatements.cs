using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Sources;

/// <summary>The SQL of the sources' loaders (<see cref="SourceLoaders"/>), written once from the model's tables.</summary>
public sealed class SourceStatements
{
    public SourceStatements(EntityTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Sources = tables.For<Source>();
        Claims = tables.For<Claim>();
        SourcesByKey = KeyedStatements.WhereIn(Sources, nameof(Source.Key));
        var (c, ct) = (Claims, tables.For<Citation>());
        DisputedClaimsOfSources = new SqlTemplate(p =>
            $"SELECT ct.{ct.Column(nameof(Citation.SourceKey))}, {c.SelectList("c")} FROM {ct.Name} AS ct " +
            $"JOIN {c.Name} AS c ON c.{c.Column(nameof(Claim.Id))} = ct.{ct.Column(nameof(Citation.ClaimId))} " +
            $"WHERE ct.{ct.Column(nameof(Citation.SourceKey))} IN ({p[0]}) AND c.{c.Column(nameof(Claim.Agreement))} = {p[1]} " +
            $"ORDER BY c.{c.Column(nameof(Claim.SubjectKey))}, c.{c.Column(nameof(Claim.Property))}, ct.{ct.Column(nameof(Citation.ClaimId))}");
    }

    public EntityTable<Source> Sources { get; }

    public EntityTable<Claim> Claims { get; }

    public SqlTemplate SourcesByKey { get; }

    /// <summary>Parameters: source keys, the disputed status. Rows: the source key, then the claim.</summary>
    public SqlTemplate DisputedClaimsOfSources { get; }
}
