using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Limits of the GraphQL-over-HTTP endpoint. Defaults: a request body of at most 64 KiB
/// (<see cref="MaxRequestBodySize"/> = 65,536 bytes) and a document cache holding validated documents
/// whose query texts add up to at most 1,000,000 characters (<see cref="DocumentCacheSize"/>).
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQLHttp";

    /// <summary>
    /// The largest POST body accepted, in bytes; a larger one is refused with 413 before it is parsed.
    /// Default: 65,536 (64 KiB): twice the longest query text allowed (Limits:MaxQueryLength, 32,000 characters),
    /// which leaves room for its variables (50 IDs for nodes(ids:) take about 2 KB), while a hostile body is cut
    /// off after 64 KiB of reading.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBodySize { get; set; } = 65_536;

    /// <summary>
    /// How much the document cache holds, counted in characters of query text: parsed and validated documents
    /// are kept until their query texts add up to this many characters, so a repeated query is neither parsed
    /// nor validated again. Expect roughly ten times as many bytes of memory. 0 turns the cache off.
    /// Default: 1,000,000.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int DocumentCacheSize { get; set; } = 1_000_000;
}
