using GraphQL;

namespace KhmerRougeHistory.Api.Federation;

public static class FederationServiceCollectionExtensions
{
    /// <summary>The Apollo Federation version this subgraph declares in its <c>@link</c>.</summary>
    public const string FederationVersion = "2.3";

    /// <summary>
    /// Makes the schema an Apollo Federation 2 subgraph: <c>_service { sdl }</c> and
    /// <c>_entities(representations:)</c> on Query, and the entity types that declare
    /// <see cref="EntityKeyExtensions.AddEntityKey{TSource}"/> as keyed by their global <c>id</c>.
    /// </summary>
    public static IServiceCollection AddHistoryFederation(this IServiceCollection services)
    {
        // A second AddGraphQL call only adds to the builder of AddHistoryGraphQL: its defaults are registered with TryAdd.
        services.AddGraphQL(builder =>
        {
            builder.AddFederation(FederationVersion);
            builder.Services.Register<FederationSchemaDescriptions>(GraphQL.DI.ServiceLifetime.Transient);

            // Registered by type after AddFederation's visitors, so it runs after them (instance visitors run first).
            builder.ConfigureSchema(schema => schema.RegisterVisitor<FederationSchemaDescriptions>());
        });
        return services;
    }
}
