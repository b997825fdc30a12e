using KhmerRougeHistory.Api.Ide;
using KhmerRougeHistory.Api.SecureHeaders;

namespace KhmerRougeHistory.Api.Tests.SecureHeaders;

public static class SecureHeadersAssert
{
    /// <summary>nosniff, no referrer, and the API's policy: nothing loads, nothing frames.</summary>
    public static void Api(HttpResponseMessage response, string what) => Headers(response, what, ContentSecurityPolicies.Api);

    /// <summary>nosniff, no referrer, and the IDE's policy.</summary>
    public static void Ide(HttpResponseMessage response, string what) => Headers(response, what, BananaCakePopContentSecurityPolicy.Value);

    private static void Headers(HttpResponseMessage response, string what, string policy)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True("nosniff" == Single(response, "X-Content-Type-Options"), $"{what}: X-Content-Type-Options");
        Assert.True("no-referrer" == Single(response, "Referrer-Policy"), $"{what}: Referrer-Policy");
        var csp = Single(response, "Content-Security-Policy");
        Assert.True(policy == csp, $"{what}: Content-Security-Policy is {csp ?? "missing"}");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    /// <summary>The header's one value; null when absent; a header sent twice fails.</summary>
    private static string? Single(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? Assert.Single(values) : null;
}
