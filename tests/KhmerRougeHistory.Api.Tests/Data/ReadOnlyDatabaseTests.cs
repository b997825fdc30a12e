using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Model;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Data;

[Collection(CuratedDatabaseGroup.Name)]
public sealed class ReadOnlyDatabaseTests(CuratedDatabase database) : IDisposable
{
    private const int SqliteReadOnly = 8;

    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public async Task ApiContext_RefusesWrites()
    {
        _ = _factory.Server;
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HistoryDbContext>();
        var before = await db.Subjects.CountAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM Subjects"));

        Assert.Equal(SqliteReadOnly, error.SqliteErrorCode);
        Assert.Equal(before, await db.Subjects.CountAsync());
        Assert.True(before > 0);
    }

    [Fact]
    public void ApiConnection_IsOpenedReadOnly()
    {
        var location = _factory.Services.GetRequiredService<HistoryDatabase>();

        Assert.Equal(SqliteOpenMode.ReadOnly, new SqliteConnectionStringBuilder(location.ReadOnlyConnectionString).Mode);
        Assert.Equal(database.FilePath, location.FilePath);
    }

    public void Dispose() => _factory.Dispose();
}
