using GraphQL.Types;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Claims;

public sealed class CitationGraphType : ObjectGraphType<Citation>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "One source's words for a claim: a verbatim quote of at most 300 characters, and where it stands in the document.";
        this.AddNodeId(c => c.Id);
        Field<NonNullGraphType<ClaimGraphType>>("claim").Description("The claim this citation supports.")
            .Resolve(c => c.Loaders().Claim(c.Source.ClaimId));
        Field<NonNullGraphType<SourceGraphType>>("source").Description("The cited source.")
            .Resolve(c => c.Loaders().Source(c.Source.SourceKey));
        Field(c => c.Quote).Description("The passage, verbatim.");
        Field(c => c.Wording, nullable: true).Description("The exact words within the quote that the value was read from, e.g. \"more than 17,000\".");
        Field<NonNullGraphType<CertaintyGraphType>>("certainty")
            .Description("How this passage words the value: exactly, about, more than, a range, vaguely. Sources that give the same value share one claim, each citation in its own words.")
            .Resolve(c => c.Source.Certainty);
        Field<DateValueGraphType>("validFrom").Description("When the relation began to hold, as this passage states it; null when it does not say.")
            .Resolve(c => ServedDates.Optional(c.Source.ValidFromEdtf));
        Field<DateValueGraphType>("validTo").Description("When the relation stopped holding, as this passage states it; null when it does not say.")
            .Resolve(c => ServedDates.Optional(c.Source.ValidToEdtf));
        Field(c => c.Section).Description("The heading above the passage in the document.");
        Field(c => c.Note, nullable: true).Description("The editors' remark on how this passage was read (e.g. how a relative date was resolved).");
    }
}
