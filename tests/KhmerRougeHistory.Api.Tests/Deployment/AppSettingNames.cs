using System.Reflection;
using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.RateLimiting.Redis;

namespace KhmerRougeHistory.Api.Tests.Deployment;

/// <summary>
/// Whether an environment variable a deployment file sets is a setting the application binds: a connection string it
/// reads, or a property of one of its options classes (found by their <c>SectionName</c>), or a setting of the .NET
/// host or OpenTelemetry, which read their own. A misspelt name would otherwise be ignored without a word.
/// </summary>
public static class AppSettingNames
{
    private static readonly string[] _connectionStrings = [DatabaseOptions.ConnectionStringName, RateLimitStoreOptions.ConnectionStringName];

    private static readonly string[] _hostPrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_"];

    private static readonly (string[] Section, Type Options)[] _sections = [.. typeof(Program).Assembly.GetTypes()
        .Select(type => (Type: type, Field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
        .Where(t => t.Field is { IsLiteral: true })
        .Select(t => (((string)t.Field!.GetRawConstantValue()!).Split(':'), t.Type))
        .OrderByDescending(s => s.Item1.Length)];

    /// <summary>Null when the application binds <paramref name="variable"/>, else why not.</summary>
    public static string? Problem(string variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (_hostPrefixes.Any(prefix => variable.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }

        var key = variable.Split("__");
        if (key is ["ConnectionStrings", var name])
        {
            return _connectionStrings.Contains(name, StringComparer.OrdinalIgnoreCase) ? null : $"{variable}: the application reads no connection string '{name}'";
        }

        foreach (var (section, options) in _sections)
        {
            if (key.Length > section.Length && key.Take(section.Length).SequenceEqual(section, StringComparer.OrdinalIgnoreCase))
            {
                var property = key[section.Length];
                return options.GetProperty(property, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is null
                    ? $"{variable}: {options.Name} has no property '{property}'"
                    : null;
            }
        }

        return $"{variable}: no options class of the application has the section '{key[0]}'";
    }
}
