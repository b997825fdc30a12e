using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>The validated curated data, ready to be written to a database.</summary>
public sealed record HistoryDataset(
    string Hash,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ClaimGroup> Groups);
