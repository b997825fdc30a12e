using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Postgres;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Model;

/// <summary>The curated history: subjects, sources, claims and their citations.</summary>
public sealed class HistoryDbContext(DbContextOptions<HistoryDbContext> options) : DbContext(options)
{
    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<ClaimGroup> ClaimGroups => Set<ClaimGroup>();

    public DbSet<Citation> Citations => Set<Citation>();

    public DbSet<DatasetInfo> DatasetInfo => Set<DatasetInfo>();

    public DbSet<ListCount> ListCounts => Set<ListCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HistoryDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgresModelConventions.Apply(modelBuilder);
        }
    }

    // Enums are stored as their names: the database stays readable and reordering an enum cannot corrupt it.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        foreach (var enumType in typeof(HistoryDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>();
        }
    }
}
