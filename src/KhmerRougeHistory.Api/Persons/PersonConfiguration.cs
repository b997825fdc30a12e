using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Persons;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    // The four subject types share one "Kind" column; each maps its own enum onto it.
    public void Configure(EntityTypeBuilder<Person> builder) =>
        builder.Property(s => s.Kind).HasColumnName("Kind");
}
