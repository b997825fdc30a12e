using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Limits of the GraphQL-over-HTTP endpoint. Defaults: a request body of at most 1 MiB
/// (<see cref="MaxRequestBodySize"/> = 1,048,576 bytes) and a document cache holding validated documents
/// whose query texts add up to at most 1,000,000 characters (<see cref="DocumentCacheSize"/>).
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQLHttp";

    /// <summary>
    /// The largest POST body accepted, in bytes; a larger one is refused with 413 before it is parsed.
    /// Default: 1,048,576 (1 MiB).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBodySize { get; set; } = 1_048_576;

    /// <summary>
    /// How much the document cache holds, counted in characters of query text: parsed and validated documents
    /// are kept until their query texts add up to this many characters, so a repeated query is neither parsed
    /// nor validated again. Expect roughly ten times as many bytes of memory. 0 turns the cache off.
    /// Default: 1,000,000.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int DocumentCacheSize { get; set; } = 1_000_000;
}
