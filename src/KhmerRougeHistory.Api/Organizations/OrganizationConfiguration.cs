using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    // The four subject types share one "Kind" column; each maps its own enum onto it.
    public void Configure(EntityTypeBuilder<Organization> builder) =>
        builder.Property(s => s.Kind).HasColumnName("Kind");
}
