using KhmerRougeHistory.Api.Import.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Tests.Import.Sqlite;

/// <summary>What a failed build says, whoever wrapped SQLite's error on the way up.</summary>
public sealed class BuildFailureTests
{
    private const string Database = "/data/history.db";

    [Fact]
    public void FullDisk_DuringSaveChanges_IsSaidToBeAFullDisk()
    {
        var wrapped = new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));

        var explained = BuildFailure.Explain(wrapped, Database);

        Assert.NotNull(explained);
        Assert.Contains("the disk holding /data is full", explained.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnopenableFile_IsSaidToBeAnUnwritableFolder()
    {
        var explained = BuildFailure.Explain(new SqliteException("SQLite Error 14: 'unable to open database file'.", 14), Database);

        Assert.NotNull(explained);
        Assert.Contains("cannot write to /data", explained.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnythingElse_IsLeftAsItIs()
    {
        Assert.Null(BuildFailure.Explain(new DbUpdateException("a constraint failed", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19)), Database));
    }
}
