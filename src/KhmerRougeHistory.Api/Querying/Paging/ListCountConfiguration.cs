using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Querying.Paging;

internal sealed class ListCountConfiguration : IEntityTypeConfiguration<ListCount>
{
    public void Configure(EntityTypeBuilder<ListCount> builder)
    {
        builder.ToTable("ListCounts");
        builder.HasKey(c => new { c.Name, c.ParentKey });
    }
}
