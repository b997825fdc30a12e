using KhmerRougeHistory.Api.Events;
using KhmerRougeHistory.Api.Organizations;
using KhmerRougeHistory.Api.Persons;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhmerRougeHistory.Api.Model.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public const string DiscriminatorColumn = "SubjectType";

    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.ToTable("Subjects");
        builder.HasKey(s => s.Key);
        builder.Ignore(s => s.KindName);
        builder.Ignore(s => s.Type);
        builder.HasDiscriminator<string>(DiscriminatorColumn)
            .HasValue<Person>(nameof(SubjectType.Person))
            .HasValue<Organization>(nameof(SubjectType.Organization))
            .HasValue<Site>(nameof(SubjectType.Site))
            .HasValue<HistoricalEvent>(nameof(SubjectType.Event));

        // Every list of subjects is filtered by type and ordered by label or date, with the key as tie-break.
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.Label), nameof(Subject.Key));
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.SortStart), nameof(Subject.Key));
        builder.HasIndex(DiscriminatorColumn, nameof(Subject.SortEnd), nameof(Subject.Key));
    }
}
