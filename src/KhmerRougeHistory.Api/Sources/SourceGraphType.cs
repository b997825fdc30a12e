using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Paging;

namespace KhmerRougeHistory.Api.Sources;

public sealed class SourceGraphType : ObjectGraphType<Source>
{
    // A claim belongs to each source that cites it.
    private static readonly ListLink _citingSources = new(typeof(Citation), nameof(Citation.ClaimId), nameof(Citation.SourceKey), nameof(Claim.Id));

    private static readonly ListSource<Citation> _citations = ListSource<Citation>.ChildrenBy(nameof(Citation.SourceKey)) with { CountName = "source-citations" };

    private static readonly ListSource<Claim> _disputedClaims =
        ListSource<Claim>.ChildrenThrough(_citingSources, c => c.Agreement == AgreementStatus.Disputed) with { CountName = "source-disputed-claims" };

    public SourceGraphType()
    {
        Name = "Source";
        Description = "A document that claims cite. Its bibliographic fields hold only what the document itself prints; null where it prints nothing.";
        this.AddNodeId(s => s.Key);
        this.AddEntityKey();
        Field(s => s.Key).Description("A stable, human-readable key such as `source/asia-highlights-khmer-rouge`.");
        Field(s => s.Title).Description("The title as printed.");
        Field(s => s.DisplayTitle).Description("How to name the source to a reader: the title, with the publisher or site where the document names one (\"The Khmer Rouge (Asia Highlights)\"). No two sources share one.");
        Field<NonNullGraphType<SourceKindGraphType>>("kind").Description("What kind of document it is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("authors").Description("The authors as the document names them; empty when it names none.").Resolve(c => c.Source.Authors);
        Field(s => s.Publisher, nullable: true).Description("The publisher or site, as the document names it.");
        Field(s => s.Url, nullable: true).Description("The URL, only where the document itself prints it.");
        Field<DateValueGraphType>("published").Description("When it was published, as printed.").Resolve(c => ServedDates.Optional(c.Source.PublishedEdtf));
        Field<DateValueGraphType>("updated").Description("When it was last updated or modified, as printed.").Resolve(c => ServedDates.Optional(c.Source.UpdatedEdtf));
        Field<DateValueGraphType>("accessed").Description("When it was accessed, where the document's citation line says so.").Resolve(c => ServedDates.Optional(c.Source.AccessedEdtf));
        Field(s => s.Description).Description("A short description of the document in the editors' own words.");
        Field(s => s.DocumentFile).Description("The file name of the document in the curated sources.");
        Field<NonNullGraphType<CitationList.Connection>>("citations")
            .Description("Everything this source states, as citations of claims, in the editors' order.")
            .ConnectionArguments<Source, object, CitationList.Where, CitationList.Order>()
            .Resolve(context => context.NestedConnection(
                "source-citations",
                context.Source.Key,
                _citations,
                CitationList.Query));
        Field<NonNullGraphType<ClaimModule.Connection>>("disputedClaims")
            .Description("The claims this source states that another source (or another passage) contradicts, a page at a time; `conflictsWith` on each says with what.")
            .ConnectionArguments<Source, object, ClaimModule.Where, ClaimModule.Order>()
            .Resolve(context => context.NestedConnection(
                "source-disputed-claims",
                context.Source.Key,
                _disputedClaims,
                ClaimModule.Query));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("contestedClaims")
            .Description("The claims this source states that another source (or another passage) contradicts, all at once.")
            .DeprecationReason("Use `disputedClaims`, which pages: a large source states thousands of disputed claims.")
            .Resolve(c => c.Loaders().DisputedClaimsOfSource(c.Source.Key));
    }
}
