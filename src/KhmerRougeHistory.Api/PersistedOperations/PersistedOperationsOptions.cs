using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.PersistedOperations;

/// <summary>
/// Persisted operations. Defaults: Apollo's automatic persisted queries are on
/// (<see cref="AutomaticPersistedQueries"/> = true) with a store of at most 1,000,000 characters of query text
/// (<see cref="AutomaticPersistedQueryStoreSize"/>), and the trusted documents are the <c>*.graphql</c> files of
/// <c>operations</c> beside the application's binaries (<see cref="TrustedDocumentsDirectory"/>), which the build
/// copies from <c>schema/operations</c>.
/// </summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>
    /// Accept Apollo's automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>): a hash alone runs
    /// the query registered under it, a hash with its query registers the query. When false, such requests get
    /// <c>PERSISTED_QUERY_NOT_SUPPORTED</c> and Apollo clients fall back to sending the query. Default: true.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// How much the automatic persisted query store holds, in characters of query text; when it is full the least
    /// recently used queries are dropped (their clients simply register them again). Default: 1,000,000.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int AutomaticPersistedQueryStoreSize { get; set; } = 1_000_000;

    /// <summary>
    /// The folder whose <c>*.graphql</c> files are the trusted documents, served by id. A relative path is relative
    /// to the application's binaries. Default: <c>operations</c>.
    /// </summary>
    [Required]
    public string TrustedDocumentsDirectory { get; set; } = "operations";
}
