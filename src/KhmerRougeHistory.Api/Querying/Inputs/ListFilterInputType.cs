using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary><c>ListFilterInputTypeOf{Element}</c>: conditions on a list, as HotChocolate names and shapes it.</summary>
public abstract class ListFilterInputType<TElementInputType> : InputObjectGraphType
    where TElementInputType : IInputObjectGraphType, new()
{
    protected ListFilterInputType(string elementDescription)
    {
        Name = "ListFilterInputTypeOf" + new TElementInputType().Name;
        Description = $"Conditions on a list of {elementDescription}.";
        AddField(new FieldType { Name = "all", Type = typeof(TElementInputType), Description = "Every item matches." });
        AddField(new FieldType { Name = "none", Type = typeof(TElementInputType), Description = "No item matches." });
        AddField(new FieldType { Name = "some", Type = typeof(TElementInputType), Description = "At least one item matches." });
        AddField(new FieldType { Name = "any", Type = typeof(BooleanGraphType), Description = "true: the list has items; false: it is empty." });
    }
}
