using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// The trusted documents, read once when the application starts. A document is found by its file name
/// (<c>S21PrisonerCounts</c>), by <c>sha256:&lt;hash&gt;</c> as the GraphQL-over-HTTP persisted documents appendix
/// and graphql-codegen write it, or by the bare hash as HotChocolate's clients send it. The hash is taken over the
/// file's text with line endings normalized to <c>\n</c>, which is also the text that runs.
/// </summary>
internal sealed class TrustedDocuments
{
    public const string Sha256Prefix = "sha256:";

    private readonly FrozenDictionary<string, TrustedDocument> _byName;
    private readonly FrozenDictionary<string, TrustedDocument> _byHash;

    public TrustedDocuments(IEnumerable<TrustedDocument> documents)
    {
        All = [.. documents.OrderBy(d => d.Name, StringComparer.Ordinal)];
        _byName = All.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        _byHash = All.DistinctBy(d => d.Hash).ToFrozenDictionary(d => d.Hash, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TrustedDocument> All { get; }

    /// <summary>The document a <c>documentId</c> names, or null.</summary>
    public TrustedDocument? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.StartsWith(Sha256Prefix, StringComparison.Ordinal) ? FindByHash(id[Sha256Prefix.Length..])
            : _byName.GetValueOrDefault(id) ?? FindByHash(id);
    }

    /// <summary>The document whose SHA-256 (hex, either case) is <paramref name="hash"/>, or null.</summary>
    public TrustedDocument? FindByHash(string hash) => _byHash.GetValueOrDefault(hash);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads every <c>*.graphql</c> file of <paramref name="directory"/>; fails fast when it is missing.</summary>
    public static TrustedDocuments Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The trusted documents folder '{directory}' does not exist. The build copies schema/operations there; set {PersistedOperationsOptions.SectionName}:{nameof(PersistedOperationsOptions.TrustedDocumentsDirectory)} if they live elsewhere.");
        }

        return new TrustedDocuments(Directory.EnumerateFiles(directory, "*.graphql").Select(file =>
        {
            var text = File.ReadAllText(file, Encoding.UTF8).ReplaceLineEndings("\n");
            return new TrustedDocument(Path.GetFileNameWithoutExtension(file), Hash(text), text);
        }));
    }
}
