using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Events;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Organizations;
using KhmerRougeHistory.Api.Persons;
using KhmerRougeHistory.Api.Search;
using KhmerRougeHistory.Api.Sites;
using KhmerRougeHistory.Api.Sources;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Graph;

/// <summary>The root query type; each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read-only access to the history of the Khmer Rouge era, every fact with its sources.";

        this.AddNodeFields();
        this.AddPersonsFields();
        this.AddOrganizationsFields();
        this.AddSitesFields();
        this.AddEventsFields();
        this.AddSourceFields();
        this.AddClaimFields();
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
