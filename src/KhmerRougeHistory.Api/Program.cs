using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Graph;
using KhmerRougeHistory.Api.Http;
using KhmerRougeHistory.Api.Ide;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Search;

var importing = args is [ImportCommand.Name, ..];
var builder = WebApplication.CreateBuilder(importing ? [] : args);

// The curated history in SQLite, opened read-only.
builder.Services.AddHistoryDatabase();

// Full-text search over persons, organizations, sites and events.
builder.Services.AddSubjectSearch();

// The GraphQL schema and its serializer.
builder.Services.AddHistoryGraphQL();

// GraphQL over HTTP: request reading, content negotiation, status codes, document cache.
builder.Services.AddHistoryGraphQLHttp();

// "import ...": build the database alone and exit (Dockerfile, operators).
if (importing)
{
    return await ImportCommand.RunAsync(builder.Configuration, builder.Environment.ContentRootPath, args[1..], Console.Out, Console.Error);
}

var app = builder.Build();

// Build the database if it is missing or stale; fail fast on bad data.
await app.Services.PrepareHistoryDatabaseAsync();

// GET /graphql in a browser: the Banana Cake Pop IDE (GraphQL clients pass through).
app.UseBananaCakePop();

// POST and GET /graphql (GraphQL over HTTP).
app.MapHistoryGraphQL();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host the real application with WebApplicationFactory.</summary>
public partial class Program;
