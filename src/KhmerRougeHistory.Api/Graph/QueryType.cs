using GraphQL.Types;
using KhmerRougeHistory.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Graph;

/// <summary>The root query type. Entity fields are added per feature.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read-only access to the history of the Khmer Rouge era, every fact with its sources.";

        Field<NonNullGraphType<StringGraphType>>("dataVersion")
            .Description("Identifies the build of the curated data this API serves (a SHA-256 of the data files). It changes whenever the data changes, so clients may use it to invalidate caches.")
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<HistoryDbContext>();
                return await db.DatasetInfo.Select(d => d.DataHash).SingleAsync(context.CancellationToken);
            });
    }
}
