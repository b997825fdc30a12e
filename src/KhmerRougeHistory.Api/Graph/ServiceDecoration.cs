namespace KhmerRougeHistory.Api.Graph;

/// <summary>Wrapping a registered service (graphql-dotnet's parser, validator, execution strategy) in one of ours.</summary>
internal static class ServiceDecoration
{
    /// <summary>
    /// Replaces the registration of <typeparamref name="TService"/> with <paramref name="decorate"/> applied to what
    /// it resolved to, keeping its lifetime. Fails fast when nothing is registered to decorate.
    /// </summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, TService> decorate, string missingMessage)
        where TService : class =>
        services.Decorate<TService>((_, inner) => decorate(inner), missingMessage);

    /// <inheritdoc cref="Decorate{TService}(IServiceCollection, Func{TService, TService}, string)"/>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate, string missingMessage)
        where TService : class
    {
        var index = services.Select((descriptor, i) => (descriptor, i)).LastOrDefault(x => x.descriptor.ServiceType == typeof(TService) && !x.descriptor.IsKeyedService);
        if (index.descriptor is not { } inner)
        {
            throw new InvalidOperationException(missingMessage);
        }

        services[index.i] = ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Create(sp, inner)), inner.Lifetime);
        return services;
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
