using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Sources;

public static class SourceQueryFields
{
    /// <summary>Adds the root <c>sources</c> connection.</summary>
    public static ObjectGraphType AddSourceFields(this ObjectGraphType query)
    {
        query.AddRootConnection<Source, SourcesConnectionType, SourceFilterInputType, SourceSortInputType>(
            "sources", "All sources the claims cite, filtered, sorted and paged.", SourceQuery.Definition);
        return query;
    }
}
