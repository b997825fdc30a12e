namespace KhmerRougeHistory.Api.Import;

/// <summary>Bad curated data: each problem names the file, the record and the field.</summary>
public sealed class ImportException(IReadOnlyList<string> problems)
    : Exception($"The curated data has {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
