using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Postgres;

/// <summary>Every provenance question in schema/operations gets the same answer from PostgreSQL as from SQLite.</summary>
[Collection(PostgresDatabaseGroup.Name)]
public sealed class PostgresOperationTests(CuratedDatabase sqlite, PostgresDatabase postgres) : IDisposable
{
    private readonly BothEngines _engines = new(sqlite, postgres);

    public static TheoryData<string> Operations() => DocumentedOperations.Names();

    [PostgresTheory]
    [MemberData(nameof(Operations))]
    public async Task Operation_OnPostgres_AnswersAsOnSqlite(string operation)
    {
        var document = DocumentedOperations.Text(operation);

        await _engines.AssertSameAsync(document);
    }

    public void Dispose() => _engines.Dispose();
}
