using GraphQL;

namespace KhmerRougeHistory.Api.Graph;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema, its graph types and the System.Text.Json serializer.</summary>
    public static IServiceCollection AddHistoryGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<HistorySchema>()
            .AddGraphTypes(typeof(HistorySchema).Assembly)
            .AddSystemTextJson());
        return services;
    }
}
