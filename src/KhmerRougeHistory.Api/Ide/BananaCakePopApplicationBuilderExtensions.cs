using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace KhmerRougeHistory.Api.Ide;

public static class BananaCakePopApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the Banana Cake Pop GraphQL IDE at <paramref name="path"/> to browsers: a GET that prefers
    /// <c>text/html</c> gets the IDE's page, <c>{path}/bcp-config.json</c> points the IDE at the same URL, and the
    /// IDE's files are served under <c>{path}/</c> (hashed ones cached for a year), all of them under
    /// <see cref="BananaCakePopContentSecurityPolicy.Value"/>. GraphQL clients' requests
    /// (JSON <c>Accept</c>, POST) pass through to the GraphQL endpoint. Reads <see cref="BananaCakePopOptions"/>
    /// and fails fast when the IDE's files are missing.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        var options = services.GetRequiredService<IConfiguration>().GetSection(BananaCakePopOptions.SectionName).Get<BananaCakePopOptions>() ?? new();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BananaCakePopApplicationBuilderExtensions));
        if (!options.Enabled)
        {
            Log.IdeDisabled(logger, BananaCakePopOptions.SectionName);
            return app;
        }

        var directory = Path.GetFullPath(options.FilesDirectory, AppContext.BaseDirectory);
        var page = BananaCakePopPage.Load(directory);
        var files = new PhysicalFileProvider(directory);
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(files.Dispose);

        app.UseMiddleware<BananaCakePopMiddleware>(new PathString(path), page);
        app.UseStaticFiles(new StaticFileOptions { RequestPath = path, FileProvider = files, OnPrepareResponse = PrepareFile });
        Log.ServingIde(logger, path, directory);
        return app;
    }

    /// <summary>The IDE's policy on its files too: a worker runs under the policy its own script arrives with.</summary>
    private static void PrepareFile(StaticFileResponseContext file)
    {
        BananaCakePopCaching.Apply(file);
        file.Context.Response.Headers.ContentSecurityPolicy = BananaCakePopContentSecurityPolicy.Value;
    }
}
