using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Import;

var importing = args is [ImportCommand.Name, ..];
var builder = WebApplication.CreateBuilder(importing ? [] : args);

// The curated history in SQLite, opened read-only.
builder.Services.AddHistoryDatabase();

// The GraphQL schema and its serializer.
builder.Services.AddHistoryGraphQL();

// "import ...": build the database alone and exit (Dockerfile, operators).
if (importing)
{
    return await ImportCommand.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, args[1..], Console.Out, Console.Error);
}

var app = builder.Build();

// Build the database if it is missing or stale; fail fast on bad data.
await app.Services.PrepareHistoryDatabaseAsync();

// POST /graphql.
app.MapHistoryGraphQL();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the real application with WebApplicationFactory.</summary>
public partial class Program;
