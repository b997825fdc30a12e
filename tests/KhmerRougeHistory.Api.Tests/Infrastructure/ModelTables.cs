using KhmerRougeHistory.Api.Data;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

/// <summary>The model's tables for a database, as the API's services build them, for tests that build a service by hand.</summary>
public static class ModelTables
{
    public static EntityTables For(HistoryDatabase history)
    {
        var options = new DbContextOptionsBuilder<HistoryDbContext>();
        options.UseHistoryDatabase(history);
        using var db = new HistoryDbContext(options.Options);
        return new EntityTables(db.Model);
    }
}
