namespace KhmerRougeHistory.Api.Export;

public static class ExportEndpoints
{
    /// <summary>
    /// Maps <c>GET {path}</c> (the JSON listing of the current data version's files) and <c>GET {path}/{name}</c> (one
    /// file; HEAD too), behind the application's middleware, so that they get its secure headers, CORS and forwarded
    /// client addresses. An unknown name is 404 <c>EXPORT_FILE_NOT_FOUND</c>. Map it after the database is prepared:
    /// the catalog reads the data version. Needs <see cref="ExportServiceCollectionExtensions.AddHistoryExport"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryExport(this IEndpointRouteBuilder endpoints, string path = "/export")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var download = services.GetService<ExportDownload>()
            ?? throw new InvalidOperationException("MapHistoryExport needs its services: call builder.Services.AddHistoryExport() before builder.Build().");
        var catalog = services.GetRequiredService<ExportCatalog>();
        var folder = new PathString(path);

        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            download.ServeAsync(http, new ExportListing(catalog, http.Request.PathBase.Add(folder))))
            .WithDisplayName("Export listing");
        endpoints.MapMethods(path + "/{name}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string name) =>
            catalog.Find(name) is { } file
                ? download.ServeAsync(http, file)
                : ExportProblem.WriteAsync(
                    http,
                    StatusCodes.Status404NotFound,
                    ExportProblem.FileNotFound,
                    $"There is no export file of that name for the current data version ({catalog.DataVersion}). GET {folder} lists the files; their names change with the data version."))
            .WithDisplayName("Export file");
        return endpoints;
    }
}
