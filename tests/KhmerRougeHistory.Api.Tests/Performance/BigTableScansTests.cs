namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>The plan tests' scan detector itself: it once matched quoted aliases only and passed every statement.</summary>
public sealed class BigTableScansTests
{
    [Theory]
    [InlineData("SCAN t", """SELECT t."Id" FROM "Claims" AS t""", 1)]
    [InlineData("SCAN t USING COVERING INDEX IX_Subjects_SubjectType_Label_Key", """SELECT t."Key" FROM "Subjects" AS "t" WHERE t."Label" LIKE @p0""", 1)]
    [InlineData("SEARCH t USING INDEX IX_Claims_GroupId (GroupId=?)", """SELECT t."Id" FROM "Claims" AS t WHERE t."GroupId" IN (@p0)""", 0)]
    [InlineData("SCAN t", """SELECT t."Key" FROM "Sources" AS t""", 0)]
    [InlineData("SCAN ls", """SELECT t."Key" FROM (SELECT DISTINCT l."SubjectKey" AS "parent" FROM "Claims" AS l WHERE l."SubjectKey" IN (@p0)) AS ls JOIN "Subjects" AS t ON t."Key" = ls."parent" ORDER BY 1""", 0)]
    [InlineData("SCAN x1", """SELECT t."Key" FROM "Subjects" AS t WHERE t."Key" IN (SELECT x1."Key" FROM "Sources" AS x1) AND t."Key" IN (SELECT x1."SubjectKey" FROM "Claims" AS x1)""", 1)]
    public void AScanIsFound_WhenItsAliasNamesABigTable(string planLine, string sql, int found)
    {
        Assert.Equal(found, BigTableScans.In([(sql, [planLine])]).Count);
    }
}
