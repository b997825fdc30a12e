namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>Everything read from the curated data folder, before validation.</summary>
internal sealed record CuratedData(
    string Hash,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyDictionary<Subjects.SubjectType, IReadOnlyList<EntityRecord>> Entities,
    IReadOnlyList<(string File, ClaimFileRecord Content)> ClaimFiles);
