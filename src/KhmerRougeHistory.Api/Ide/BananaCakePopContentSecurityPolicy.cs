namespace KhmerRougeHistory.Api.Ide;

/// <summary>
/// The <c>Content-Security-Policy</c> of the Banana Cake Pop IDE (18.0.0): its page and its files (its workers run
/// under the policy of their own script's response). Everything it needs is served from this origin, so the policy
/// names no other host: a call anywhere else (the vendor's telemetry, cloud or sign-in) is refused by the browser,
/// whatever the IDE's settings say. Found by reading the package's files and checked in Chromium by
/// <c>BananaCakePopBrowserTests</c>, which fails on any violation; each source below is one the IDE was seen to need
/// there, except the two marked as read from the files (a headless run never uses them).
/// </summary>
public static class BananaCakePopContentSecurityPolicy
{
    public const string Value =
        // Nothing that is not named below: no plugins (object-src), no frames (frame-src), no media.
        "default-src 'none'; " +
        // The page's deferred scripts and the chunks webpack loads later, all files under static/js/; no inline
        // script. 'unsafe-eval' because the IDE compiles JSON schemas with Ajv at start-up, which builds each
        // validator with new Function(): without it the IDE stops with a blank page (an EvalError).
        "script-src 'self' 'unsafe-eval'; " +
        // static/css/styles.*.css, and 'unsafe-inline' because styled-components and Monaco write <style>
        // elements and style attributes at run time, without a nonce; CSS cannot run script under this policy.
        "style-src 'self' 'unsafe-inline'; " +
        // The icons; 'data:' (read from the files) for the images inlined in Monaco's CSS (colour picker, iPad
        // keyboard) and the IDE's drag image.
        "img-src 'self' data:; " +
        // The codicon and Fira Code fonts under static/media/.
        "font-src 'self'; " +
        // bcp-config.json, the introspection and every operation: the IDE queries the URL it was loaded from.
        "connect-src 'self'; " +
        // Monaco's language workers and the IDE's GraphQL workers (static/js/), and its service worker.
        "worker-src 'self'; " +
        // manifest.webmanifest, which the page links (read from the files: headless Chromium never fetches it).
        "manifest-src 'self'; " +
        // The <base href> the API adds so that the page's relative links resolve under /graphql/.
        "base-uri 'self'; " +
        // The IDE posts no forms; without this, form-action would fall back to nothing and allow any target.
        "form-action 'none'; " +
        // No site may frame the IDE (clickjacking); frame-ancestors does not fall back to default-src.
        "frame-ancestors 'none'";
}
