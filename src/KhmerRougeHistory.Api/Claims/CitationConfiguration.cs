using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Claims;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.ToTable("Citations", t => t.HasCheckConstraint("CK_Citations_QuoteLength", "length(\"Quote\") BETWEEN 1 AND 300"));
        builder.HasKey(c => c.Id);
        builder.HasOne(c => c.Source).WithMany(s => s.Citations).HasForeignKey(c => c.SourceKey).OnDelete(DeleteBehavior.Restrict);

        // A claim's citations in editorial order; everything one source states (and its disputed claims); a
        // source's citations page by page in editorial order, which without this index sorts all of the source's
        // citations for every page (1.1 s per page for a source with 150,000 citations, issue 5).
        builder.HasIndex(c => new { c.ClaimId, c.Ordinal });
        builder.HasIndex(c => new { c.SourceKey, c.ClaimId });
        builder.HasIndex(c => new { c.SourceKey, c.Ordinal, c.Id });
    }
}
