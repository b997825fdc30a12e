using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace KhmerRougeHistory.Api.Ide;

/// <summary>
/// Cache headers for the IDE's files: a file whose name carries a content hash (<c>main.0349187e.js</c>) never
/// changes, so browsers keep it for a year; anything else (the page, its config, the service worker, icons)
/// is revalidated on every use, so a new IDE version shows up at once.
/// </summary>
internal static partial class BananaCakePopCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context) =>
        context.Context.Response.Headers[HeaderNames.CacheControl] = IsHashed(context.File.Name) ? Immutable : Revalidate;

    public static bool IsHashed(string fileName) => HashedName().IsMatch(fileName);

    [GeneratedRegex(@"\.[0-9a-f]{8,}\.", RegexOptions.CultureInvariant)]
    private static partial Regex HashedName();
}
