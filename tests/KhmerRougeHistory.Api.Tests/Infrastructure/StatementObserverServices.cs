using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Infrastructure;

public static class StatementObserverServices
{
    /// <summary>
    /// Lets <paramref name="observer"/> see every statement the API runs: EF Core's (as an interceptor) and the
    /// batch loaders' data path (as an <see cref="ISqlCommandObserver"/>).
    /// </summary>
    public static IServiceCollection AddStatementObserver<T>(this IServiceCollection services, T observer)
        where T : class, IInterceptor, ISqlCommandObserver =>
        services.AddSingleton<IInterceptor>(observer).AddSingleton<ISqlCommandObserver>(observer);
}
