using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Events;

internal sealed class EventConfiguration : IEntityTypeConfiguration<HistoricalEvent>
{
    // The four subject types share one "Kind" column; each maps its own enum onto it.
    public void Configure(EntityTypeBuilder<HistoricalEvent> builder) =>
        builder.Property(s => s.Kind).HasColumnName("Kind");
}
