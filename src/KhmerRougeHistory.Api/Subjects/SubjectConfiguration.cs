using KhmerRougeHistory.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Subjects;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public const string DiscriminatorColumn = "SubjectType";

    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.ToTable("Subjects");
        builder.HasKey(s => s.Key);
        builder.Ignore(s => s.KindName);
        builder.Ignore(s => s.Type);
        var discriminator = builder.HasDiscriminator<string>(DiscriminatorColumn);
        foreach (var module in SubjectModules.All)
        {
            discriminator.HasValue(module.EntityClass, module.Type.ToString());
        }

        // Every list of subjects is filtered by type and ordered by label or date, with the key as tie-break.
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.Label), nameof(Subject.Key));
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.SortStart), nameof(Subject.Key));
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.SortEnd), nameof(Subject.Key));

        // A label filter (startsWith) inside a relation filter has no type to narrow it by: without this index it read
        // every subject's label (103,500 on the 1 M-claim database).
        builder.Property(s => s.Label).HasCaseInsensitivePrefixIndex();
    }
}
