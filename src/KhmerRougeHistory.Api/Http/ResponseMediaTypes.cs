using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Http;

/// <summary>Picks the media type of a GraphQL response from the request's Accept header.</summary>
internal static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    private static readonly string[] _candidates = [GraphQLResponseJson, Json];

    /// <summary>
    /// The acceptable media type with the highest quality; on a tie the one named more exactly wins, then
    /// <see cref="GraphQLResponseJson"/> if named exactly and <see cref="Json"/> if reached through a wildcard
    /// (as the spec asks for <c>*/*</c>). No Accept header means <see cref="Json"/>; null means neither is acceptable.
    /// </summary>
    public static string? Select(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        string? best = null;
        var bestRank = (Quality: 0.0, Specificity: -1, Preference: 0);
        foreach (var candidate in _candidates)
        {
            var (quality, specificity) = Match(candidate, ranges);
            var preferred = specificity == 2 ? candidate == GraphQLResponseJson : candidate == Json;
            var rank = (quality, specificity, preferred ? 1 : 0);
            if (quality > 0 && rank.CompareTo(bestRank) > 0)
            {
                (best, bestRank) = (candidate, rank);
            }
        }

        return best;
    }

    /// <summary>The quality the most specific matching range gives: 2 exact, 1 <c>type/*</c>, 0 <c>*/*</c>.</summary>
    private static (double Quality, int Specificity) Match(string candidate, IList<MediaTypeHeaderValue> ranges)
    {
        var (quality, specificity) = (0.0, -1);
        foreach (var range in ranges)
        {
            var rangeSpecificity =
                range.MatchesAllTypes ? 0
                : range.MatchesAllSubTypes && candidate.StartsWith($"{range.Type}/", StringComparison.OrdinalIgnoreCase) ? 1
                : string.Equals(range.MediaType.Value, candidate, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (rangeSpecificity > specificity)
            {
                (quality, specificity) = (range.Quality ?? 1.0, rangeSpecificity);
            }
        }

        return (quality, specificity);
    }
}
