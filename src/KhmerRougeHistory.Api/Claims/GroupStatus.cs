using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("Agreement across all claims of one subject and property , computed from the ranges of their values.")]
public enum GroupStatus
{
    [Description("One source, one value.")]
    SingleSource,

    [Description("Several sources, one value.")]
    Agree,

    [Description("Different values whose ranges all overlap (e.g. \"20,000\" and \"around 20,000\").")]
    Compatible,

    [Description("At least two values cannot both be true.")]
    Conflicting,
}
