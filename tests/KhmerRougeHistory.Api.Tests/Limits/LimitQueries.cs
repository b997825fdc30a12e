using System.Text;

namespace KhmerRougeHistory.Api.Tests.Limits;

/// <summary>Queries of a chosen size, depth or width, built for the limit tests.</summary>
public static class LimitQueries
{
    private static readonly string[] _chain = ["claims(first: 1)", "nodes", "subject"];

    /// <summary>
    /// A valid query whose fields nest exactly <paramref name="depth"/> deep (the leaf <c>__typename</c> included):
    /// claims → nodes → subject → claims → …, one item per page so that only the depth is large.
    /// </summary>
    public static string Nested(int depth)
    {
        var query = new StringBuilder("{ ");
        for (var level = 0; level < depth - 1; level++)
        {
            query.Append(_chain[level % _chain.Length]).Append(" { ");
        }

        query.Append("__typename");
        query.Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", depth)));
        return query.ToString().TrimEnd();
    }

    /// <summary><c>{ a0: __typename a1: __typename … }</c> with <paramref name="count"/> aliases.</summary>
    public static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: __typename")) + " }";

    /// <summary>A query of exactly <paramref name="tokens"/> tokens (at least 10): <c>{ __type(name: "Query") { name name … } }</c>.</summary>
    public static string WithTokens(int tokens) =>
        """{ __type(name: "Query") { """ + string.Join(' ', Enumerable.Repeat("name", tokens - 10)) + " } }";

    /// <summary><paramref name="count"/> aliased root connections of <paramref name="first"/> items each.</summary>
    public static string Connections(int count, int first) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"p{i}: persons(first: {first}) {{ nodes {{ id label }} }}")) + " }";
}
