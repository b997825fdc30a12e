namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>A source as written in <c>sources.json</c>.</summary>
internal sealed record SourceRecord(
    string Key,
    string File,
    string Kind,
    string Title,
    List<string>? Authors,
    string? Publisher,
    string? Published,
    string? Updated,
    string? Accessed,
    string? Url,
    string Description);
