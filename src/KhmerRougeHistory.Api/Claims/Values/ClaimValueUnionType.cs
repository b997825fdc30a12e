using GraphQL.Types;
using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Claims.Values;

public sealed class ClaimValueUnionType : UnionGraphType
{
    public ClaimValueUnionType()
    {
        Name = "ClaimValue";
        Description = "The value of a claim: a quantity, a date, a text or another entity.";
        Type<QuantityValueGraphType>();
        Type<DateValueGraphType>();
        Type<TextValueGraphType>();
        Type<EntityValueGraphType>();
    }
}
