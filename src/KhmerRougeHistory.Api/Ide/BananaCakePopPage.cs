using System.Net;
using System.Text;

namespace KhmerRougeHistory.Api.Ide;

/// <summary>
/// The IDE's <c>index.html</c> as the package ships it, with a <c>&lt;base&gt;</c> element added so that its
/// relative script and style links resolve under the IDE's folder when the page is served at <c>/graphql</c>
/// (no trailing slash), where the browser would otherwise look for them at the site root.
/// </summary>
internal sealed class BananaCakePopPage
{
    public const string FileName = "index.html";

    private const string Head = "<head>";

    private readonly string _beforeBase;
    private readonly string _afterBase;

    private BananaCakePopPage(string beforeBase, string afterBase)
    {
        _beforeBase = beforeBase;
        _afterBase = afterBase;
    }

    /// <summary>Reads the page from the IDE's folder; fails with the fix when the build did not put it there.</summary>
    public static BananaCakePopPage Load(string directory)
    {
        var file = Path.Combine(directory, FileName);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException(
                $"The Banana Cake Pop IDE is missing: {file} does not exist. Build the API project (it runs 'npm ci' in its Ide folder " +
                $"and copies the IDE beside the binaries), or set {BananaCakePopOptions.SectionName}:Enabled to false.");
        }

        var html = File.ReadAllText(file);
        var head = html.IndexOf(Head, StringComparison.OrdinalIgnoreCase);
        if (head < 0)
        {
            throw new InvalidOperationException($"The Banana Cake Pop page {file} has no {Head} element to add the base address to.");
        }

        var cut = head + Head.Length;
        return new BananaCakePopPage(html[..cut], html[cut..]);
    }

    /// <summary>The page for an IDE whose files are served under <paramref name="baseAddress"/> (ending in a slash).</summary>
    public byte[] Render(string baseAddress) =>
        Encoding.UTF8.GetBytes($"{_beforeBase}<base href=\"{WebUtility.HtmlEncode(baseAddress)}\"/>{_afterBase}");
}
