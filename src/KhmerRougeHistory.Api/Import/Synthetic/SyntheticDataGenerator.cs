using System.Globalization;
using KhmerRougeHistory.Api.Agreement;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;
using KhmerRougeHistory.Api.Subjects.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>
/// Writes a large, deterministic (seeded), clearly synthetic database with the importer's schema, indexes and search
/// index, for benchmarks and scale tests. Its own sources and subjects are all marked synthetic; it never reads or
/// touches the curated data. Agreement and sort dates are derived by the importer's own code, chunk by chunk.
/// </summary>
public static class SyntheticDataGenerator
{
    /// <summary>The <c>DatasetInfo.DataHash</c> of a synthetic database starts with this.</summary>
    public const string HashPrefix = "synthetic:";

    private const int SubjectsPerChunk = 5_000;

    public static async Task<SyntheticDataSummary> GenerateAsync(SyntheticDataSize size, string path, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(clock);
        var summary = new SyntheticDataSummary();
        await DatabaseBuilder.BuildAsync(path, (context, ct) => FillAsync(context, size, clock, summary, ct), cancellationToken);
        return summary;
    }

    private static async Task FillAsync(HistoryDbContext context, SyntheticDataSize size, TimeProvider clock, SyntheticDataSummary summary, CancellationToken cancellationToken)
    {
        // A scratch file being built: no journal, no fsync. Foreign keys are checked once at the end, since
        // chunks refer to subjects of later chunks.
        await context.Database.OpenConnectionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -512000; PRAGMA foreign_keys = OFF;", cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;

        var random = new Random(size.Seed);
        var sources = Sources(size.Sources);
        context.Sources.AddRange(sources);
        await SaveAsync(context, cancellationToken);
        summary.Sources = sources.Count;

        var synthetic = new SyntheticSubjects(random, new SyntheticClaimFactory(random, [.. sources.Select(s => s.Key)]), size.CountOf);
        var plan = Plan(size);
        for (var start = 0; start < plan.Count; start += SubjectsPerChunk)
        {
            var built = plan.Skip(start).Take(SubjectsPerChunk).Select(build => build(synthetic)).ToList();
            var chunkClaims = built.SelectMany(b => b.Claims).ToList();
            var groups = AgreementCalculator.Apply(chunkClaims);
            DatasetCompiler.DeriveSortDates(built.Select(b => b.Subject), chunkClaims);
            context.Subjects.AddRange(built.Select(b => b.Subject));
            context.ClaimGroups.AddRange(groups);
            context.Claims.AddRange(chunkClaims);
            await SaveAsync(context, cancellationToken);
            summary.Add(built.Count, chunkClaims.Count, chunkClaims.Sum(c => c.Citations.Count), groups.Count, groups.Count(g => g.Status == GroupStatus.Conflicting));
        }

        var hash = string.Create(CultureInfo.InvariantCulture, $"{HashPrefix}persons={size.Persons};claims={size.Claims};sources={size.Sources};seed={size.Seed}");
        context.DatasetInfo.Add(new DatasetInfo { Id = 1, DataHash = hash, BuiltAt = clock.GetUtcNow() });
        await SaveAsync(context, cancellationToken);
        var violations = await context.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM pragma_foreign_key_check").SingleAsync(cancellationToken);
        if (violations != 0)
        {
            throw new InvalidOperationException($"The synthetic data has {violations} dangling references; this is a bug in the generator.");
        }

        // No ANALYZE here: the builder runs it for every database it writes, so the plans measured are the importer's.
        await context.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;", cancellationToken);
    }

    private static async Task SaveAsync(HistoryDbContext context, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();
    }

    private static List<Source> Sources(int count) =>
        [.. Enumerable.Range(1, Math.Max(1, count)).Select(i => new Source
        {
            Key = $"source/synthetic-{i:0000}",
            Kind = i % 3 == 0 ? SourceKind.WebPage : SourceKind.Article,
            Title = i == 1 ? "Synthetic prison register" : $"Synthetic archive file {i:0000}",
            Publisher = "Synthetic benchmark data",
            PublishedEdtf = "2026",
            Description = "Invented for benchmarks; not a real document.",
            DocumentFile = $"synthetic-{i:0000}.txt",
        })];

    // The rarer kinds first (organizations, sites, events, then persons), as the generator always has, so that a seed
    // keeps giving the same database; the claims left over after an even split go to the first subjects.
    private static List<Func<SyntheticSubjects, (Subject Subject, List<Claim> Claims)>> Plan(SyntheticDataSize size)
    {
        var plan = new List<Func<SyntheticSubjects, (Subject Subject, List<Claim> Claims)>>(size.Subjects);
        var perSubject = Math.Max(1, size.Claims / size.Subjects);
        var extra = Math.Max(0, size.Claims - (perSubject * size.Subjects));
        int Budget(int i) => perSubject + (i < extra ? 1 : 0);
        foreach (var module in SubjectModules.All.OrderByDescending(m => m.Synthetic.PerPersons))
        {
            var count = size.CountOf(module.Type);
            for (var i = 0; i < count; i++)
            {
                var (index, budget) = (i, Budget(plan.Count));
                plan.Add(synthetic => module.Synthetic.Build(synthetic, index, budget));
            }
        }

        return plan;
    }
}
