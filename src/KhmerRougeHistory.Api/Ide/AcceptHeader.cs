namespace KhmerRougeHistory.Api.Ide;

/// <summary>Reads what a client's Accept header prefers.</summary>
internal static class AcceptHeader
{
    private static readonly string[] _graphQLMediaTypes = ["application/graphql-response+json", "application/json"];

    /// <summary>
    /// True when the client asks for HTML and prefers it to every JSON type it names (a browser's navigation).
    /// Wildcards count for neither side, so <c>*/*</c> (curl) and JSON clients reach the GraphQL endpoint.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var html = 0.0;
        var json = 0.0;
        foreach (var value in request.GetTypedHeaders().Accept)
        {
            var quality = value.Quality ?? 1.0;
            if (value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (_graphQLMediaTypes.Any(type => value.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)))
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html > json;
    }
}
