using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Claims;

internal sealed class ClaimGroupConfiguration : IEntityTypeConfiguration<ClaimGroup>
{
    public void Configure(EntityTypeBuilder<ClaimGroup> builder)
    {
        builder.ToTable("ClaimGroups");
        builder.HasKey(g => g.Id);
        builder.HasOne<Subjects.Subject>().WithMany().HasForeignKey(g => g.SubjectKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subjects.Subject>().WithMany().HasForeignKey(g => g.ContextSubjectKey).OnDelete(DeleteBehavior.Restrict);

        // Disputes are listed by status, most-sourced first and the key breaking ties upward; an entity's groups by subject.
        builder.HasIndex(g => new { g.Status, g.SourceCount, g.Id }).IsDescending(false, true, false);
        builder.HasIndex(g => new { g.SubjectKey, g.Property });
        builder.HasIndex(g => g.ContextSubjectKey);
    }
}
