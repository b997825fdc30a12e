namespace KhmerRougeHistory.Api.Tests.Architecture;

/// <summary>
/// Dependencies point down (<see cref="Layers"/>), read from the compiled assembly: every reference counts (fields,
/// signatures, method bodies, closures), not only <c>using</c> lines. A failure lists each reference that reaches up.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _references = TypeReferences.Of(typeof(Program).Assembly);

    [Fact]
    public void EveryLayer_UsesOnlyItselfAndTheLayersBelow()
    {
        var upward = References()
            .Where(r => Layer(r.User) is { } user && Layer(r.Used) is { } used && used > user)
            .Select(r => $"{r.User} ({Layers.All[Layer(r.User)!.Value].Name}) uses {r.Used} ({Layers.All[Layer(r.Used)!.Value].Name})")
            .ToList();

        Assert.True(upward.Count == 0, "References that reach up a layer:\n" + string.Join('\n', upward));
    }

    [Theory]
    [InlineData("Http", "Limits")]
    [InlineData("Limits", "Http")]
    [InlineData("Data", "Import")]
    [InlineData("Querying", "Graph.QueryType")]
    [InlineData("Querying", "DataLoaders")]
    public void AFolder_DoesNotUseAnother(string user, string used)
    {
        var found = References().Where(r => In(r.User, user) && In(r.Used, used)).Select(r => $"{r.User} uses {r.Used}").ToList();

        Assert.True(found.Count == 0, $"{user}/ must not use {used}:\n" + string.Join('\n', found));
    }

    /// <summary>The check has teeth: it sees what a type uses only inside a method body.</summary>
    [Fact]
    public void TheReferences_IncludeWhatAMethodBodyUses()
    {
        // The list counts write their statement with the SQL parameter list inside a method, never in a signature.
        Assert.Contains("KhmerRougeHistory.Api.Data.Sql.SqlParameterList", _references["KhmerRougeHistory.Api.Querying.Paging.ListCounts"]);
        Assert.Equal(0, Layer("KhmerRougeHistory.Api.Data.Sql.SqlDialect"));
        Assert.Equal(1, Layer("KhmerRougeHistory.Api.Model.HistoryDbContext"));
        Assert.Null(Layer("System.String"));
    }

    private static IEnumerable<(string User, string Used)> References() =>
        _references.SelectMany(pair => pair.Value.Where(used => used != pair.Key).Select(used => (pair.Key, used)));

    /// <summary>The index in <see cref="Layers.All"/> of the most specific namespace that holds the type; null outside the API.</summary>
    private static int? Layer(string typeName)
    {
        var (best, length) = ((int?)null, 0);
        for (var i = 0; i < Layers.All.Length; i++)
        {
            foreach (var ns in Layers.All[i].Namespaces)
            {
                if (ns.Length > length && typeName.StartsWith(ns + ".", StringComparison.Ordinal))
                {
                    (best, length) = (i, ns.Length);
                }
            }
        }

        return best;
    }

    private static bool In(string typeName, string folder) => typeName.StartsWith("KhmerRougeHistory.Api." + folder + (folder.Contains('.', StringComparison.Ordinal) ? string.Empty : "."), StringComparison.Ordinal);
}
