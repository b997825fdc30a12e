using System.Collections.Concurrent;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// Each entity's loader statements (<c>ClaimStatements</c>, <c>SubjectStatements</c>…), built once per service
/// provider from the model's tables, so each text is written and rounded to its list lengths once for the process.
/// </summary>
public sealed class LoaderStatements(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, object> _built = new();

    public T Get<T>()
        where T : class =>
        (T)_built.GetOrAdd(typeof(T), static (type, services) => ActivatorUtilities.CreateInstance(services, type), services);
}
