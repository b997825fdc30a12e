using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary><c>ListFilterInputTypeOf{Element}</c>: conditions on a list, as HotChocolate names and shapes it.</summary>
public abstract class ListFilterInputType<TElementInputType> : InputObjectGraphType
    where TElementInputType : IInputObjectGraphType, new()
{
    private const string ElementSuffix = "FilterInput";

    protected ListFilterInputType()
    {
        var element = new TElementInputType().Name;
        if (!element.EndsWith(ElementSuffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"A list filter's element input must be named …{ElementSuffix}; {element} is not.");
        }

        Name = "ListFilterInputTypeOf" + element;
        Description = $"Conditions on a list of {ItemsOf(element)}.";
        AddField(new FieldType { Name = "all", Type = typeof(TElementInputType), Description = "Every item matches." });
        AddField(new FieldType { Name = "none", Type = typeof(TElementInputType), Description = "No item matches." });
        AddField(new FieldType { Name = "some", Type = typeof(TElementInputType), Description = "At least one item matches." });
        AddField(new FieldType { Name = "any", Type = typeof(BooleanGraphType), Description = "true: the list has items; false: it is empty." });
    }

    /// <summary>The items a list of elements holds, named after the element's input: <c>CitationFilterInput</c> lists citations.</summary>
    private static string ItemsOf(string elementInput) =>
        string.Concat(char.ToLowerInvariant(elementInput[0]).ToString(), elementInput[1..^ElementSuffix.Length], "s");
}
