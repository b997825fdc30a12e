using GraphQL;
using GraphQL.Execution;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Paging;

namespace KhmerRougeHistory.Api.Graph;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema, its graph types, the System.Text.Json serializer, the per-request batch loaders
    /// and the paging options.
    /// </summary>
    public static IServiceCollection AddHistoryGraphQL(this IServiceCollection services)
    {
        services.AddOptions<PagingOptions>().BindConfiguration(PagingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<LoaderRegistry>();
        services.AddSingleton<LoaderStatements>();
        services.AddScoped<HistoryLoaders>();
        services.AddSingleton<ConnectionReader>();
        services.AddScoped<NestedConnectionLoader>();
        services.AddGraphQL(builder => builder
            .AddSchema<HistorySchema>()
            .AddGraphTypes(typeof(HistorySchema).Assembly)
            // Queries resolve one field after another: the resolvers do not wait on anything but batch loads, which
            // the serial strategy batches per level as the parallel one does, without its task fan-out per field.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            // Quotes are the point of this API: keep ’ “ ” and Khmer script readable instead of \uXXXX escapes.
            // Relaxed escaping is safe here because responses are JSON, never embedded in HTML.
            .AddSystemTextJson(options => options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        return services;
    }
}
