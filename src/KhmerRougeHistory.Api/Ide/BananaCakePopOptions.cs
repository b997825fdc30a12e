using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Ide;

/// <summary>
/// The Banana Cake Pop GraphQL IDE that browsers get at the GraphQL path. Defaults: enabled, served from the
/// <c>BananaCakePop</c> folder beside the application's binaries (the build copies the npm package there).
/// </summary>
public sealed class BananaCakePopOptions
{
    public const string SectionName = "BananaCakePop";

    /// <summary>Serve the IDE. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The IDE's static files, relative to the application's binaries. Default: <c>BananaCakePop</c>.</summary>
    [Required]
    public string FilesDirectory { get; set; } = "BananaCakePop";
}
