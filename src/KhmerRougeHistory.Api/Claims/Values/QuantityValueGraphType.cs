using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims.Values;

public sealed class QuantityValueGraphType : ObjectGraphType<QuantityValue>
{
    public QuantityValueGraphType()
    {
        Name = "QuantityValue";
        Description = "A number as a source states it: an amount, or bounds, with how it is worded.";
        Field(v => v.Amount, nullable: true).Description("The number the source gives; null for ranges and vague wording.");
        Field(v => v.LowerBound, nullable: true).Description("The lower bound of a range, or what vague words imply; null when open.");
        Field(v => v.UpperBound, nullable: true).Description("The upper bound of a range, or what vague words imply; null when open.");
        Field(v => v.Unit).Description("What is counted or measured: person, body, kilometer, minute, fraction, ...");
        Field<NonNullGraphType<CertaintyGraphType>>("certainty").Description("How the sources word it: exactly, about, more than, a range, vaguely; MIXED when they word it differently (see each citation's `certainty`).").Resolve(c => c.Source.Certainty);
        Field<NonNullGraphType<StringGraphType>>("display").Description("Our rendering, e.g. \"more than 17,000\"; the source's own words are in the citations.").Resolve(c => QuantityDisplay.Format(c.Source));
    }
}
