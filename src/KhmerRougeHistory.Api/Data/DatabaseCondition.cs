namespace KhmerRougeHistory.Api.Data;

/// <summary>
/// The state of the history database as the start-up step and the readiness check see it: the problem, a sentence
/// that names the place and the cause, and the data version when one could be read.
/// </summary>
public sealed record DatabaseCondition(DatabaseProblem Problem, string Description, string? DataVersion = null)
{
    public bool IsServable => Problem is DatabaseProblem.None or DatabaseProblem.OtherDataVersion;

    /// <summary>Whether the file is there but broken (not SQLite's, cut off, failing quick_check): evidence to keep.</summary>
    public bool IsDamaged => Problem is DatabaseProblem.NotADatabase or DatabaseProblem.Truncated or DatabaseProblem.Corrupt;

    /// <summary>Whether building the database anew would mend it (a file that cannot be read may be someone else's).</summary>
    public bool IsRebuildable => Problem is not (DatabaseProblem.None or DatabaseProblem.Unreadable);
}
