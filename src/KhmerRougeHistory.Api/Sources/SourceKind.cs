namespace KhmerRougeHistory.Api.Sources;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    Article,
    WebPage,
    FilmListing,
}
