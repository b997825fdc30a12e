using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ValueEnvelopeGraphType : ObjectGraphType<ClaimGroup>
{
    public ValueEnvelopeGraphType()
    {
        Name = "ValueEnvelope";
        Description = "The span all values of a group allow together: numbers, or ISO dates for dates.";
        Field("low", g => g.EnvelopeLow, nullable: true).Description("The lowest bound of any value; null when a value is open below.");
        Field("high", g => g.EnvelopeHigh, nullable: true).Description("The highest bound of any value; null when a value is open above.");
    }
}
