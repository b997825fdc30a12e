namespace KhmerRougeHistory.Api.Sources;

/// <summary>A document that claims cite. Bibliographic fields hold only what the document itself prints.</summary>
public sealed class Source
{
    public required string Key { get; init; }

    public required SourceKind Kind { get; init; }

    public required string Title { get; init; }

    public List<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    /// <summary>EDTF, as printed in the document.</summary>
    public string? PublishedEdtf { get; init; }

    public string? UpdatedEdtf { get; init; }

    public string? AccessedEdtf { get; init; }

    public string? Url { get; init; }

    /// <summary>Editorial description, in our own words.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// How the source is named to a reader: its title, with the publisher or site where the document names one
    /// ("The Khmer Rouge (Asia Highlights)"), so that two sources never read alike. Derived, not stored.
    /// </summary>
    public string DisplayTitle => Publisher is null ? Title : $"{Title} ({Publisher})";

    /// <summary>File name of the document in the seeds folder.</summary>
    public required string DocumentFile { get; init; }

    /// <summary>The passages quoted from this source (navigation for filters such as "sources that state a prisoner count").</summary>
    public List<Claims.Citation> Citations { get; init; } = [];
}
