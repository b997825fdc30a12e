namespace KhmerRougeHistory.Api.Benchmarks;

/// <summary>Where the repository, its operations and the generated databases are.</summary>
internal static class BenchmarkPaths
{
    public static string Root { get; } = FindRoot();

    public static string OperationsDirectory => Path.Combine(Root, "schema", "operations");

    public static string DataDirectory => Path.Combine(Root, "src", "data");

    /// <summary>The API as built beside its project (same configuration as this project, which references it).</summary>
    public static string ApiAssembly(string configuration) =>
        Path.Combine(Root, "src", "KhmerRougeHistory.Api", "bin", configuration, "net10.0", "KhmerRougeHistory.Api.dll");

    /// <summary>The shared folder beside the repository, as the tests find it: the Node peer's benchmark is in <c>bench/</c>.</summary>
    public static string SharedDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Generated databases and reports: outside the repository, kept between runs (the 1 M-claim file takes minutes).</summary>
    public static string WorkDirectory { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "krh-benchmarks")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "api.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No api.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository.");
    }
}
