using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Cors;

/// <summary>
/// Cross-origin access. The API is public, anonymous and read-only, so any origin may call it, without
/// credentials. Default: browsers may reuse a preflight answer for <see cref="PreflightMaxAge"/> = 600 seconds.
/// </summary>
public sealed class CorsPolicyOptions
{
    public const string SectionName = "Cors";

    /// <summary>
    /// How long, in seconds, a browser may reuse a preflight answer (<c>Access-Control-Max-Age</c>); browsers cap
    /// it (Chromium at 7,200). Default: 600.
    /// </summary>
    [Range(0, 86_400)]
    public int PreflightMaxAge { get; set; } = 600;
}
