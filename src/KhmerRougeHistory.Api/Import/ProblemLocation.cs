namespace KhmerRougeHistory.Api.Import;

/// <summary>Where a problem is: file and record, so that a message can name both and the field.</summary>
internal readonly record struct ProblemLocation(string File, string Record)
{
    public string Field(string field, string problem) => $"{File}: {Record}: field '{field}': {problem}";

    public string Whole(string problem) => $"{File}: {Record}: {problem}";
}
