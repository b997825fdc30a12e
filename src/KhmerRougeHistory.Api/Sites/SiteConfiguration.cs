using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Sites;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    // The four subject types share one "Kind" column; each maps its own enum onto it.
    public void Configure(EntityTypeBuilder<Site> builder) =>
        builder.Property(s => s.Kind).HasColumnName("Kind");
}
