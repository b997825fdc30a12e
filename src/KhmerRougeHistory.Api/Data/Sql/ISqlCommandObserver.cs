using System.Data.Common;

namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>
/// Sees every statement the data path runs, as EF Core interceptors see EF Core's (tracing, and tests that count or
/// explain statements). Registered as services; they run in registration order.
/// </summary>
public interface ISqlCommandObserver
{
    /// <summary>Called just before <paramref name="command"/> runs; what it returns is disposed once its rows are read.</summary>
    IDisposable? Executing(DbCommand command);

    void Failed(DbCommand command, Exception exception);
}
