using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KhmerRougeHistory.Api.Tests.Ide;

/// <summary>
/// Records what a browser context's Content-Security-Policy refused, from three witnesses, since none sees
/// everything: the pages' <c>securitypolicyviolation</c> events, Chromium's console (which also reports what the
/// policy refused before any script could listen, and, per watched page, its workers' refusals), and uncaught
/// errors that name the policy (a refused <c>new Function()</c> surfaces as an <c>EvalError</c>). Other errors are
/// kept for the test's output but are no violation: in this headless run, under Playwright's fake clock, the IDE
/// throws <c>reading 'duration'</c> now and then (Monaco's input-latency measure, it seems) with or without a policy.
/// </summary>
internal sealed class PolicyViolationRecorder
{
    /// <summary>
    /// Playwright injects it outside the page's policy, and the binding it calls is no script of the page's either,
    /// so the policy cannot silence it.
    /// </summary>
    private const string ViolationListener = """
        document.addEventListener('securitypolicyviolation', e =>
            window.reportCspViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _messages = new();

    private PolicyViolationRecorder()
    {
    }

    public IReadOnlyCollection<string> Violations => _violations;

    /// <summary>Every console message and uncaught error, in order, violations or not.</summary>
    public IReadOnlyCollection<string> Messages => _messages;

    /// <summary>Starts recording for every page the context opens from now on.</summary>
    public static async Task<PolicyViolationRecorder> AttachAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recorder = new PolicyViolationRecorder();
        await context.ExposeFunctionAsync("reportCspViolation", (string violation) => recorder.Keep("securitypolicyviolation: " + violation, isViolation: true));
        await context.AddInitScriptAsync(ViolationListener);
        context.Console += (_, message) => recorder.RecordMessage("page console " + message.Type, message.Text);
        context.WebError += (_, error) => recorder.RecordMessage("uncaught", error.Error);
        return recorder;
    }

    /// <summary>Also records the console of the page's workers, where Chromium reports what a worker's own policy refused.</summary>
    public void WatchWorkers(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Worker += (_, worker) => worker.Console += (_, message) => RecordMessage($"worker {worker.Url} console {message.Type}", message.Text);
    }

    /// <summary>Chromium names the policy in every refusal it reports, in the console and in the errors it throws.</summary>
    private void RecordMessage(string source, string text) =>
        Keep($"{source}: {text}", text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

    private void Keep(string entry, bool isViolation)
    {
        _messages.Enqueue(entry);
        if (isViolation)
        {
            _violations.Enqueue(entry);
        }
    }
}
