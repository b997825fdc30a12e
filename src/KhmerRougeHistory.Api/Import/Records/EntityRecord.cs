namespace KhmerRougeHistory.Api.Import.Records;

/// <summary>A person, organization, site or event as written in its entity file.</summary>
internal sealed record EntityRecord(string Key, string Kind, string Label, string Description);
