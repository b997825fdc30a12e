using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Claims;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("Claims");
        builder.HasKey(c => c.Id);
        builder.HasOne(c => c.Subject).WithMany(s => s.Claims).HasForeignKey(c => c.SubjectKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ValueSubject).WithMany(s => s.Mentions).HasForeignKey(c => c.ValueSubjectKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ContextSubject).WithMany().HasForeignKey(c => c.ContextSubjectKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Group).WithMany(g => g.Claims).HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Citations).WithOne(c => c.Claim).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);

        // An entity's claims by property; the reverse direction ("who was a member of X"); dates and amounts
        // by property for range filters and timelines; disputes by status.
        builder.HasIndex(c => new { c.SubjectKey, c.Property, c.Id });
        builder.HasIndex(c => new { c.ValueSubjectKey, c.Property, c.Id });
        builder.HasIndex(c => c.ContextSubjectKey);
        builder.HasIndex(c => new { c.Property, c.DateEarliest, c.DateLatest });
        builder.HasIndex(c => new { c.Property, c.Amount });
        builder.HasIndex(c => new { c.Property, c.ValueText });
        builder.HasIndex(c => new { c.Agreement, c.Id });
        // Most-sourced first within a property, the key breaking ties upward: the order a page of sourceCount DESC reads.
        builder.HasIndex(c => new { c.Property, c.SourceCount, c.Id }).IsDescending(false, true, false);
        builder.HasIndex(c => c.GroupId);
        // Quoted names: PostgreSQL folds unquoted ones to lower case; SQLite reads both alike.
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Claims_OneValue",
            "(\"ValueKind\" = 'Entity' AND \"ValueSubjectKey\" IS NOT NULL) OR (\"ValueKind\" = 'Text' AND \"ValueText\" IS NOT NULL) " +
            "OR (\"ValueKind\" = 'Date' AND \"DateEdtf\" IS NOT NULL) OR (\"ValueKind\" = 'Quantity' AND \"Unit\" IS NOT NULL)"));
    }
}
