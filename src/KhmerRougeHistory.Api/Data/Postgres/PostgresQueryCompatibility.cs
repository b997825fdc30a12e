using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace KhmerRougeHistory.Api.Data.Postgres;

/// <summary>
/// What keeps a query's answer on PostgreSQL the same as on SQLite, so that cursors, orders and filters behave alike:
/// <list type="bullet">
/// <item>NULLs sort first when ascending and last when descending, as SQLite sorts them (PostgreSQL's default is the
/// opposite), because keyset paging (<c>KeysetOrder</c>) is written for that placement;</item>
/// <item>text compares byte by byte (the "C" collation on every text column, <see cref="PostgresModelConventions"/>);</item>
/// <item><c>contains</c>/<c>startsWith</c>/<c>endsWith</c> ignore ASCII case (<see cref="PostgresLikeRewriter"/>).</item>
/// </list>
/// </summary>
internal static class PostgresQueryCompatibility
{
    // Npgsql writes "NULLS FIRST" after every ascending and "NULLS LAST" after every descending ORDER BY key when asked
    // to. The option exists for Npgsql's own tests and its builder method is internal, hence the reflection; a
    // version without it fails here at start, and the PostgreSQL paging tests fail if it stops working.
    private static readonly MethodInfo _reverseNullOrdering =
        typeof(NpgsqlDbContextOptionsBuilder).GetMethod("ReverseNullOrdering", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(bool)])
        ?? throw new InvalidOperationException("This Npgsql.EntityFrameworkCore.PostgreSQL has no ReverseNullOrdering option; keyset paging needs it.");

    public static DbContextOptionsBuilder UseNpgsql(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => _reverseNullOrdering.Invoke(npgsql, [true]))
            .AddInterceptors(PostgresLikeRewriter.Instance);
}
