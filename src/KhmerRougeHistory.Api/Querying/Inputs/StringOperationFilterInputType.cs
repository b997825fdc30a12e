using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Inputs;

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
        : base("StringOperationFilterInput", "Conditions on a text. eq/neq/in/nin compare exactly (case-sensitive); contains, startsWith and endsWith ignore the case of ASCII letters and match the text literally (no wildcards).")
    {
        Equality(() => new GraphQLTypeReference("String"));
        Field(new GraphQLTypeReference("String"), "contains", "Contains this text (ASCII case-insensitive).");
        Field(new GraphQLTypeReference("String"), "ncontains", "Does not contain this text (ASCII case-insensitive).");
        Field(new GraphQLTypeReference("String"), "startsWith", "Starts with this text (ASCII case-insensitive).");
        Field(new GraphQLTypeReference("String"), "nstartsWith", "Does not start with this text (ASCII case-insensitive).");
        Field(new GraphQLTypeReference("String"), "endsWith", "Ends with this text (ASCII case-insensitive).");
        Field(new GraphQLTypeReference("String"), "nendsWith", "Does not end with this text (ASCII case-insensitive).");
    }
}
