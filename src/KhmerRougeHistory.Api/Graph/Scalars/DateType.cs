using GraphQL.Types;

namespace KhmerRougeHistory.Api.Graph.Scalars;

/// <summary>The <c>Date</c> scalar (yyyy-MM-dd), named as HotChocolate names it.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day in ISO-8601 form, yyyy-MM-dd.";
    }
}
