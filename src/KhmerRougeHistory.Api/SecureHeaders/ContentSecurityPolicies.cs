namespace KhmerRougeHistory.Api.SecureHeaders;

/// <summary>
/// The <c>Content-Security-Policy</c> the API sends when the handler set none (the IDE sets its own:
/// <c>Ide/BananaCakePopContentSecurityPolicy</c>).
/// </summary>
public static class ContentSecurityPolicies
{
    /// <summary>
    /// Every response but the IDE's: JSON, health reports, errors and empty 404s are data, never documents, so
    /// nothing may load or run if a browser opens one, and no other site may frame one (OWASP's advice for APIs).
    /// </summary>
    public const string Api = "default-src 'none'; frame-ancestors 'none'";
}
