using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

/// <summary><c>{Enum}OperationFilterInput</c>: eq/neq/in/nin on one enum, as HotChocolate names it.</summary>
public sealed class EnumOperationFilterInputType<TEnumGraphType> : OperationFilterInputType
    where TEnumGraphType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
        : base(new TEnumGraphType().Name + "OperationFilterInput", $"Conditions on a {new TEnumGraphType().Name} value.")
    {
        AddField(new FieldType { Name = "eq", Type = typeof(TEnumGraphType), Description = "Equal to this value." });
        AddField(new FieldType { Name = "neq", Type = typeof(TEnumGraphType), Description = "Not equal to this value." });
        AddField(new FieldType { Name = "in", Type = typeof(ListGraphType<NonNullGraphType<TEnumGraphType>>), Description = "Equal to one of these values." });
        AddField(new FieldType { Name = "nin", Type = typeof(ListGraphType<NonNullGraphType<TEnumGraphType>>), Description = "Equal to none of these values." });
    }
}
