namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>One claim with its citation, as written in a claims file.</summary>
internal sealed record ClaimRecord(
    string Subject,
    string Property,
    ValueRecord Value,
    string Quote,
    string Section,
    string? Wording = null,
    string? Role = null,
    string? ValidFrom = null,
    string? ValidTo = null,
    string? Context = null,
    string? NameType = null,
    string? Note = null,
    string? Rank = null,
    string? RankReason = null);
