namespace KhmerRougeHistory.Api.Import.Synthetic;

/// <summary>What a synthetic build wrote.</summary>
public sealed class SyntheticDataSummary
{
    public int Sources { get; set; }

    public int Subjects { get; private set; }

    public int Claims { get; private set; }

    public int Citations { get; private set; }

    public int Groups { get; private set; }

    public int ConflictingGroups { get; private set; }

    internal void Add(int subjects, int claims, int citations, int groups, int conflicting)
    {
        Subjects += subjects;
        Claims += claims;
        Citations += citations;
        Groups += groups;
        ConflictingGroups += conflicting;
    }

    public override string ToString() =>
        $"{Sources} sources, {Subjects} subjects, {Claims} claims, {Citations} citations, {Groups} claim groups ({ConflictingGroups} conflicting)";
}
