namespace KhmerRougeHistory.Api.Tests.Export;

/// <summary>The memory measurement runs after every other test, so that no other test's allocations are counted.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportRunsAlone
{
    public const string Name = "export memory, alone";
}
