using GraphQL;

namespace KhmerRougeHistory.Api.DataLoaders;

public static class ResolveFieldContextExtensions
{
    /// <summary>The batch loaders of the request this field is resolved for.</summary>
    public static HistoryLoaders Loaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<HistoryLoaders>();
    }
}
