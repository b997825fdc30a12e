namespace KhmerRougeHistory.Api.Tests.Architecture;

/// <summary>
/// The layers of the API, bottom first, by namespace (a folder of <c>src/KhmerRougeHistory.Api</c>). A layer may use
/// its own and every lower layer, never a higher one; the README's "Architecture" draws the same picture.
/// </summary>
internal static class Layers
{
    private const string Api = "KhmerRougeHistory.Api.";

    /// <summary>
    /// Generic building blocks that name no entity: the error contract, batching, the database engines and the SQL data
    /// path, where/order/paging/projection, Relay IDs, scalars and EDTF dates.
    /// </summary>
    public static readonly string[] Foundation =
    [
        Api + "Errors", Api + "Batching", Api + "Data",
        Api + "Querying", Api + "Graph.Relay", Api + "Graph.Scalars", Api + "Dates",
    ];

    /// <summary>The history itself: the entities and their GraphQL types, claims and agreement, the EF Core model, loaders, search, federation keys.</summary>
    public static readonly string[] Domain =
    [
        Api + "Claims", Api + "Agreement", Api + "Subjects", Api + "Persons", Api + "Organizations", Api + "Sites",
        Api + "Events", Api + "Sources", Api + "Model", Api + "DataLoaders", Api + "Search", Api + "Federation",
    ];

    /// <summary>What serves the history: the schema, import, export, HTTP and its protections, caching, health, telemetry.</summary>
    public static readonly string[] Features =
    [
        Api + "Graph", Api + "Import", Api + "Export", Api + "Http", Api + "Limits", Api + "RateLimiting",
        Api + "PersistedOperations", Api + "Caching", Api + "Cors", Api + "SecureHeaders", Api + "Health",
        Api + "Telemetry", Api + "Diagnostics", Api + "Shutdown", Api + "Ide",
    ];

    /// <summary>The table of contents: command-line verbs, services and the pipeline in order.</summary>
    public static readonly string[] Hosting = [Api + "Hosting"];

    /// <summary>Bottom first.</summary>
    public static readonly (string Name, string[] Namespaces)[] All =
        [("foundation", Foundation), ("domain", Domain), ("features", Features), ("hosting", Hosting)];
}
