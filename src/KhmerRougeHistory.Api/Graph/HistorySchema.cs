using GraphQL.Types;
using KhmerRougeHistory.Api.Graph.Scalars;

namespace KhmerRougeHistory.Api.Graph;

/// <summary>The public schema of the history API.</summary>
public sealed class HistorySchema : Schema
{
    public HistorySchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        RegisterType(typeof(DateType));
        Description = "The history of the Khmer Rouge era in Cambodia, with the provenance of every fact.";
    }
}
