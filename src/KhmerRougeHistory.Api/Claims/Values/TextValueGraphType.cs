using GraphQL.Types;

namespace KhmerRougeHistory.Api.Claims.Values;

public sealed class TextValueGraphType : ObjectGraphType<TextValue>
{
    public TextValueGraphType()
    {
        Name = "TextValue";
        Description = "A text value, normalised so that sources saying the same in other words share it; their words are in the citations.";
        Field(v => v.Text).Description("The text.");
    }
}
