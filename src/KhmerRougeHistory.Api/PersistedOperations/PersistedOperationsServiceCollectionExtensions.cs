using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.PersistedOperations;

public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers persisted operations with their <see cref="PersistedOperationsOptions"/> (section
    /// <c>PersistedOperations</c>): the trusted documents of <c>schema/operations</c>, served by id
    /// (<c>?id=S21PrisonerCounts</c>, <c>{"documentId": "sha256:…"}</c>) and read when the GraphQL endpoint is
    /// mapped, and Apollo's automatic persisted queries in a bounded in-memory store.
    /// </summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var directory = Path.GetFullPath(sp.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value.TrustedDocumentsDirectory, AppContext.BaseDirectory);
            var documents = TrustedDocuments.Load(directory);
            var logger = sp.GetRequiredService<ILogger<TrustedDocuments>>();
            Log.TrustedDocumentsLoaded(logger, documents.All.Count, directory);
            return documents;
        });
        services.TryAddSingleton<AutomaticPersistedQueryStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, PersistedOperationExecution>());
        return services;
    }
}
