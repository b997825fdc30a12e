using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>
/// The API as a real server process (the built <c>KhmerRougeHistory.Api.dll</c> under <c>dotnet</c>), on 127.0.0.1
/// and a port the server picks, for what only a process shows: exit codes, signals, files left on disk, several
/// replicas at once, another user's permissions. Settings are passed as environment variables
/// (<c>Database:BuildOnStartup</c> becomes <c>Database__BuildOnStartup</c>).
/// </summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(Process process) => _process = process;

    /// <summary>The build output of the API project in the configuration the tests were built in.</summary>
    public static string ApplicationDirectory { get; } = Path.Combine(
        RepositoryPaths.Root, "src", "KhmerRougeHistory.Api", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0");

    public int Id => _process.Id;

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234</c>, once it listens.</summary>
    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("The server is not listening.");

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the server; <paramref name="user"/> (a uid) runs it as another user than the test's, via setpriv.</summary>
    public static ApiProcess Start(IReadOnlyDictionary<string, string?> settings, int? user = null, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = Path.Combine(ApplicationDirectory, "KhmerRougeHistory.Api.dll");
        var start = new ProcessStartInfo(user is null ? "dotnet" : "setpriv")
        {
            WorkingDirectory = ApplicationDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (user is { } uid)
        {
            foreach (var argument in new[] { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(dll);
        foreach (var argument in arguments.Length > 0 ? arguments : ["--urls", "http://127.0.0.1:0"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // Another user cannot write the test's home; nothing the server does needs one.
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["Database__DataDirectory"] = RepositoryPaths.DataDirectory;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var api = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Exited += (_, _) => api._listening.TrySetException(new InvalidOperationException($"The API exited with code {SafeExitCode(process)} before it listened. Output:\n{api.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>Starts the server and waits until it listens (it has prepared its database by then).</summary>
    public static async Task<ApiProcess> StartListeningAsync(IReadOnlyDictionary<string, string?> settings, int? user = null, TimeSpan? timeout = null)
    {
        var api = Start(settings, user);
        try
        {
            await api.WaitUntilListeningAsync(timeout ?? TimeSpan.FromSeconds(60));
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout)
    {
        try
        {
            return await _listening.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The API did not listen within {timeout}. Output so far:\n{Output}");
        }
    }

    /// <summary>Waits until the process has written <paramref name="text"/> (or fails if it exits first).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The API did not write '{text}' within {timeout} (exited: {_process.HasExited}). Output so far:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The API did not exit within {timeout}. Output so far:\n{Output}");
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as a container runtime does to stop the container.</summary>
    public void Terminate()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed with exit code {kill.ExitCode}.");
        }
    }

    /// <summary>The resident memory of the process in bytes (Linux: VmRSS in /proc).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static string SafeExitCode(Process process) => process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    // Microsoft.Hosting.Lifetime logs "Now listening on: http://127.0.0.1:41234" once Kestrel has bound.
    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
