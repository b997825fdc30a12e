namespace KhmerRougeHistory.Api.Benchmarks.Operations;

/// <summary>The documented operations in <c>schema/operations/*.graphql</c>, by name.</summary>
internal static class OperationDocuments
{
    public static IReadOnlyDictionary<string, string> All { get; } = Directory
        .GetFiles(BenchmarkPaths.OperationsDirectory, "*.graphql")
        .Order(StringComparer.Ordinal)
        .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);

    /// <summary>A POST body: the document, the operation name and variables (JSON).</summary>
    public static byte[] Body(string query, string variablesJson, string? operationName = null) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["operationName"] = operationName,
            ["variables"] = System.Text.Json.JsonDocument.Parse(variablesJson).RootElement,
        });
}
