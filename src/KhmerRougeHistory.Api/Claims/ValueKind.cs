namespace KhmerRougeHistory.Api.Claims;

/// <summary>Which of the four value forms a claim has.</summary>
public enum ValueKind
{
    Quantity,
    Date,
    Text,
    Entity,
}
