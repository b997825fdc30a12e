using KhmerRougeHistory.Api.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Data.Configurations;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.ToTable("Citations", t => t.HasCheckConstraint("CK_Citations_QuoteLength", "length(Quote) BETWEEN 1 AND 300"));
        builder.HasKey(c => c.Id);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceKey).OnDelete(DeleteBehavior.Restrict);

        // A claim's citations in editorial order; everything one source states.
        builder.HasIndex(c => new { c.ClaimId, c.Ordinal });
        builder.HasIndex(c => new { c.SourceKey, c.ClaimId });
    }
}
