using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("Editorial rank of a claim, as in Wikidata. Anything but NORMAL comes with a stated reason.")]
public enum Rank
{
    [Description("The default: the claim is shown with all others.")]
    Normal,
    [Description("Editors prefer this claim, for the stated reason.")]
    Preferred,
    [Description("Editors consider this claim wrong, for the stated reason; hidden unless asked for.")]
    Deprecated,
}
