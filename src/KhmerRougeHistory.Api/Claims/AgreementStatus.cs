using System.ComponentModel;

namespace KhmerRougeHistory.Api.Claims;

[Description("Whether a claim stands alone, is stated by several sources, or is contradicted by another source.")]
public enum AgreementStatus
{
    [Description("One source states this value and no other source contradicts it.")]
    SingleSource,

    [Description("Two or more sources state this value and no source contradicts it.")]
    Corroborated,

    [Description("Another claim about the same subject and property has a value that cannot be true at the same time.")]
    Disputed,
}
