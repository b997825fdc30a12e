using GraphQL.DataLoader;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Errors;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>Fetches any node by global ID through the batch loaders, so <c>nodes(ids:)</c> costs one statement per type.</summary>
public static class NodeResolver
{
    public static IDataLoaderResult<object?> Resolve(HistoryLoaders loaders, string? id)
    {
        ArgumentNullException.ThrowIfNull(loaders);
        var (typeName, key) = NodeId.Decode(id);
        return typeName switch
        {
            _ when SubjectModules.TypeNames.Contains(typeName) => loaders.Subject(key).Then(s => (object?)(s?.Type.ToString() == typeName ? s : null)),
            "Source" => loaders.Source(key).Then(s => (object?)s),
            "Claim" => loaders.Claim(key).Then(c => (object?)c),
            "Citation" => loaders.Citation(key).Then(c => (object?)c),
            "ClaimGroup" => loaders.Group(key).Then(g => (object?)g),
            _ => throw new InvalidIdError($"The ID names a '{typeName}', which is not a type of this API."),
        };
    }
}
