namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>Runs <see cref="DecodedTextsTests"/> alone: the cache they read is the whole process's.</summary>
[CollectionDefinition(DecodedTextsTests.Name, DisableParallelization = true)]
public sealed class DecodedTextsAlone;
