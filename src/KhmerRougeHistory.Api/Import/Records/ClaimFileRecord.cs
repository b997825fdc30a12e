namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>One <c>claims/*.json</c> file: what one source states.</summary>
internal sealed record ClaimFileRecord(string Source, List<ClaimRecord> Claims);
