using System.Linq.Expressions;
using GraphQL.Types;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Graph.Scalars;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

public sealed class EventGraphType : ObjectGraphType<HistoricalEvent>
{
    // An event's sites are the values of its place claims: those claims are the link rows between event and site.
    private static readonly ListLink _placeClaims = new(typeof(Claim), nameof(Claim.ValueSubjectKey), nameof(Claim.SubjectKey), nameof(Subject.Key))
    {
        Condition = (Expression<Func<Claim, bool>>)(c => c.Property == ClaimProperty.OccurredAt && c.Rank != Rank.Deprecated),
    };

    private static readonly ListSource<Site> _sites = ListSource<Site>.ChildrenThrough(_placeClaims) with { CountName = "event-sites" };

    private static readonly ListSource<Claim> _participants =
        ListSource<Claim>.ChildrenBy(nameof(Claim.ValueSubjectKey), c => c.Property == ClaimProperty.ParticipantIn) with { CountName = "event-participants" };

    public EventGraphType()
    {
        Name = "Event";
        Description = "Something that happened, from the founding of a party to a trial or a film release. Its dates are claims; `start`/`end` are derived for sorting.";
        this.AddSubjectFields();
        this.AddEntityKey();
        Field<NonNullGraphType<EventKindGraphType>>("kind").Description("What kind of event it is (an editorial classification).").Resolve(c => c.Source.Kind);
        this.AddClaimGroupField("date", ClaimProperty.Date, "When the event happened, according to each source.");
        Field<DateType>("start").Description("The earliest day any source's date for the event allows. Derived for sorting and filtering; the sources' dates are in `date`.").Resolve(c => c.Source.SortStart);
        Field<DateType>("end").Description("The latest day any source's date for the event allows. Derived; the sources' dates are in `date`.").Resolve(c => c.Source.SortEnd);
        this.AddRelations(EventRelations.All);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SiteGraphType>>>>("sites")
            .Description("The sites where the event happened, according to any source (the sourced claims are in `places`).")
            .Resolve(c => c.Loaders().RelatedSubjects(c.Source.Key, ClaimProperty.OccurredAt).Then(s => (IReadOnlyList<Site>)[.. s.OfType<Site>()]));
        Field<NonNullGraphType<SiteModule.Connection>>("sitesConnection")
            .Description("The sites where the event happened, according to any source (the sourced claims are in `placesConnection`), a page at a time: filter with `where`, sort with `order` (by label unless it says otherwise), count with `totalCount`.")
            .ConnectionArguments<HistoricalEvent, object, SiteModule.Where, SiteModule.Order>()
            .Resolve(context => context.NestedConnection(_sites.CountName!, context.Source.Key, _sites, SiteModule.Query));
        Field<NonNullGraphType<ParticipantList.Connection>>("participants")
            .Description("Persons and organizations that took part, each with role and sources.")
            .ConnectionArguments<HistoricalEvent, object, ClaimModule.Where, ClaimModule.Order>()
            .Resolve(context => context.NestedConnection(
                "event-participants",
                context.Source.Key,
                _participants,
                ClaimModule.Query));
    }
}
