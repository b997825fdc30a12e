namespace KhmerRougeHistory.Api.Export;

public static class ExportEndpoints
{
    /// <summary>
    /// Maps <c>GET {path}</c> (the JSON listing of the current data version's files) and <c>GET {path}/{name}</c> (one
    /// file; HEAD too), behind the application's middleware, so that they get its secure headers, CORS and forwarded
    /// client addresses. An unknown name is 404 <c>EXPORT_FILE_NOT_FOUND</c>. The catalog of files (the model's tables and
    /// the data version) is built on the first export request. Needs <see cref="ExportServiceCollectionExtensions.AddHistoryExport"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryExport(this IEndpointRouteBuilder endpoints, string path = "/export")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _ = endpoints.ServiceProvider.GetService<ExportRateCharge>()
            ?? throw new InvalidOperationException("MapHistoryExport needs its services: call builder.Services.AddHistoryExport() before builder.Build().");
        var folder = new PathString(path);

        // The catalog reads the model and the data version: built on the first export request, so that an
        // application whose database fails still starts (and reports it at /health/ready) instead of failing here.
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], (HttpContext http, ExportCatalog catalog, ExportDownload download) =>
            download.ServeAsync(http, new ExportListing(catalog, http.Request.PathBase.Add(folder))))
            .WithDisplayName("Export listing");
        endpoints.MapMethods(path + "/{name}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http, string name, ExportCatalog catalog, ExportDownload download) =>
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
