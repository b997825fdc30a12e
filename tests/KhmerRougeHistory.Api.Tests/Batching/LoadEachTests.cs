using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Batching;

namespace KhmerRougeHistory.Api.Tests.Batching;

/// <summary>
/// <see cref="DataLoaderResultExtensions.LoadEach"/>: one load per distinct key, in the order the keys first occur,
/// the missing rows left out, on short lists (looked back) and long ones (a set) alike.
/// </summary>
public sealed class LoadEachTests
{
    [Theory]
    [InlineData("a b a c b", "a b c")]
    [InlineData("x", "x")]
    [InlineData("", "")]
    [InlineData("k0 k1 k2 k3 k4 k5 k6 k7 k8 k9 k10 k11 k12 k13 k14 k15 k16 k17 k3 k0 k17 k18", "k0 k1 k2 k3 k4 k5 k6 k7 k8 k9 k10 k11 k12 k13 k14 k15 k16 k17 k18")]
    public async Task EachKey_IsLoadedOnce_InTheOrderItFirstOccurs(string keys, string expected)
    {
        var items = keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => new Item(k)).ToList();
        var loaded = new List<string>();

        var rows = await items.LoadEach(item => item.Key, key => Load(loaded, key)).GetResultAsync();

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), loaded);
        Assert.Equal(loaded, rows);
    }

    [Fact]
    public async Task MissingRows_AreLeftOut()
    {
        var items = new[] { new Item("a"), new Item("missing"), new Item("b") };

        var rows = await items.LoadEach(item => item.Key, key => new Found(key == "missing" ? null : key)).GetResultAsync();

        Assert.Equal(["a", "b"], rows);
    }

    private static Found Load(List<string> loaded, string key)
    {
        loaded.Add(key);
        return new Found(key);
    }

    private sealed record Item(string Key);

    private sealed class Found(string? value) : IDataLoaderResult<string?>
    {
        public Task<string?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
