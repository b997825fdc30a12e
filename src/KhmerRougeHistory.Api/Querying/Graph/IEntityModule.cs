using GraphQL.Types;

namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>One of the API's entities as the root Query type serves it; <see cref="EntityModules"/> finds them all.</summary>
public interface IEntityModule
{
    /// <summary>Where the entity's root fields stand among the Query type's fields, an order the published SDL fixes.</summary>
    int Position { get; }

    void AddQueryFields(ObjectGraphType query);
}
