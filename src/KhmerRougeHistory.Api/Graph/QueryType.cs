using GraphQL.Types;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Search;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Graph;

/// <summary>The root query type: node lookup, each declared entity's root fields in their order, search and the data version.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read-only access to the history of the Khmer Rouge era, every fact with its sources.";

        this.AddNodeFields();
        foreach (var module in EntityModules.All)
        {
            module.AddQueryFields(this);
        }

        this.AddSearchFields();

        Field<NonNullGraphType<StringGraphType>>("dataVersion")
            .Description("Identifies the build of the curated data this API serves (a SHA-256 of the data files and the database format). It changes whenever the data changes, so clients may use it to invalidate caches.")
            .ResolveAsync(async context =>
            {
                await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
                return await db.DatasetInfo.Select(d => d.DataHash).SingleAsync(context.CancellationToken);
            });
    }
}
