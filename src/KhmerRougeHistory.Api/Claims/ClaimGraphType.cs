using GraphQL.Types;
using KhmerRougeHistory.Api.Agreement;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims.Values;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGraphType : ObjectGraphType<Claim>
{
    public ClaimGraphType()
    {
        Name = "Claim";
        Description = "One statement about one entity: a property and a value, stated by one or more sources, each cited verbatim and in its own words (\"about 20,000\", \"20,000\"). Sources that give different values make different claims.";
        this.AddNodeId(c => c.Id);
        this.AddEntityKey();
        Field<NonNullGraphType<SubjectInterfaceType>>("subject").Description("The entity the claim is about.")
            .Resolve(c => c.Loaders().Subject(c.Source.SubjectKey));
        Field<NonNullGraphType<ClaimPropertyGraphType>>("property").Description("What the claim states.").Resolve(c => c.Source.Property);
        Field<NonNullGraphType<ClaimValueUnionType>>("value").Description("The value, typed: quantity, date, text or entity.").Resolve(c => ClaimValues.Of(c.Source));
        Field<NonNullGraphType<StringGraphType>>("displayValue")
            .Description("Our human-readable rendering of the value, e.g. \"more than 17,000\", \"19 May 1925\", \"the 1970s\"; the bare figure when its sources word it differently (certainty MIXED). The sources' own words are in `citations`.")
            .Resolve(c => ClaimValues.Of(c.Source) switch
            {
                QuantityValue q => QuantityDisplay.Format(q),
                HistoricalDate d => DateDisplay.Format(d),
                TextValue t => t.Text,
                EntityValue e => c.Loaders().Subject(e.SubjectKey).Then(s => s?.Label ?? e.SubjectKey),
                var other => other.ToString(),
            });
        Field<NonNullGraphType<CertaintyGraphType>>("certainty")
            .Description("How the value is worded: exactly, about, more than, a range, vaguely; MIXED when its sources word the same value differently (each citation's `certainty` says how).")
            .Resolve(c => c.Source.Certainty);
        Field(c => c.Role, nullable: true).Description("A qualifier of relations and measures: the role in an organization or event (\"prison chief\"), a direction (\"south\"), a rating scale.");
        Field<SubjectInterfaceType>("context").Description("The entity a measure is taken from, e.g. the city a distance is measured from.")
            .Resolve(c => c.Source.ContextSubjectKey is { } key ? c.Loaders().Subject(key) : null);
        Field<NameTypeGraphType>("nameType").Description("For names: what the name is to the entity.").Resolve(c => c.Source.NameType);
        Field<DateValueGraphType>("validFrom").Description("When a relation began to hold (e.g. an office), as its sources state it: the earliest date any citation gives (each citation's `validFrom` is its own).")
            .Resolve(c => ServedDates.Optional(c.Source.ValidFromEdtf));
        Field<DateValueGraphType>("validTo").Description("When a relation stopped holding, as its sources state it: the latest date any citation gives (each citation's `validTo` is its own).")
            .Resolve(c => ServedDates.Optional(c.Source.ValidToEdtf));
        Field<NonNullGraphType<RankGraphType>>("rank").Description("The editorial rank; anything but NORMAL comes with `rankReason`.").Resolve(c => c.Source.Rank);
        Field(c => c.RankReason, nullable: true).Description("Why the editors ranked the claim PREFERRED or DEPRECATED.");
        Field<NonNullGraphType<AgreementStatusGraphType>>("agreement").Description("Whether the claim stands alone, is corroborated by several sources, or is disputed by another source's value.").Resolve(c => c.Source.Agreement);
        Field(c => c.SourceCount).Description("How many distinct sources state this claim.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations").Description("Where the sources state it, each with its verbatim quote. Never empty.")
            .Resolve(c => c.Loaders().CitationsOfClaim(c.Source.Id));
        Field<ClaimGroupGraphType>("group").Description("All claims about the same entity and single-valued property, with their agreement; null for lists such as names.")
            .Resolve(c => c.Source.GroupId is { } id ? c.Loaders().Group(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("conflictsWith")
            .Description("The claims of the same group whose values cannot be true together with this one.")
            .Resolve(c => c.Source.GroupId is { } id
                ? c.Loaders().ClaimsOfGroup(id).Then(group => (IReadOnlyList<Claim>)[.. group.Where(o => o.Id != c.Source.Id && !AgreementCalculator.Compatible(c.Source, o))])
                : (object)Array.Empty<Claim>());
    }

    private static HistoryLoaders Loaders(GraphQL.IResolveFieldContext context) => context.Loaders();
}
