namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// One operation of <c>schema/operations</c>: its <paramref name="Name"/> (the file name without extension) and
/// <paramref name="Hash"/> (lower-case hex SHA-256 of <paramref name="Text"/> in UTF-8) are both its ids.
/// </summary>
internal sealed record TrustedDocument(string Name, string Hash, string Text)
{
    /// <summary>The id as the GraphQL-over-HTTP persisted documents appendix writes it.</summary>
    public string DocumentId => $"{TrustedDocuments.Sha256Prefix}{Hash}";
}
