using System.ComponentModel;

namespace KhmerRougeHistory.Api.Sources;

[Description("What kind of document a source is.")]
public enum SourceKind
{
    [Description("An article by a named author or publication.")]
    Article,
    [Description("A web page, such as a travel company's or a film's site.")]
    WebPage,
    [Description("A listing of a film on a streaming guide.")]
    FilmListing,
}
