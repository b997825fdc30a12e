using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("Which of the four value forms a claim has.")]
public enum ValueKind
{
    [Description("A number with a unit, how the source words it, and bounds.")]
    Quantity,
    [Description("A historical date (EDTF) with earliest and latest days and a precision.")]
    Date,
    [Description("A normalised text; the source's own words are in the citations.")]
    Text,
    [Description("A reference to another person, organization, site or event.")]
    Entity,
}
