namespace KhmerRougeHistory.Api.Export;

/// <summary>A Table Schema foreign key: columns of one table that name a row of another table (by its resource name).</summary>
internal sealed record ExportForeignKey(IReadOnlyList<string> Fields, string Resource, IReadOnlyList<string> ReferenceFields);
