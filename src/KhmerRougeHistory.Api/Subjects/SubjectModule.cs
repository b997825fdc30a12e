using GraphQL.Types;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Subjects.Synthetic;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// The declaration of a kind of subject whose kinds are the enum <typeparamref name="TKind"/>: an entity
/// (<see cref="EntityModule{TSelf, TEntity, TNodeType}"/>) that is also one of the shared table's subjects.
/// </summary>
public abstract class SubjectModule<TSelf, TSubject, TKind, TNodeType> : EntityModule<TSelf, TSubject, TNodeType>, ISubjectModule, INodeModule
    where TSelf : IPagedList<TSubject>
    where TSubject : Subject
    where TKind : struct, Enum
    where TNodeType : IGraphType
{
    public abstract SubjectType Type { get; }

    /// <summary>Subjects come first among the root fields, in the order of <see cref="SubjectType"/> (sources and claims follow from 100).</summary>
    public override int Position => (int)Type;

    public Type EntityClass => typeof(TSubject);

    /// <summary>The subject by key, if it is of this kind: a global ID names its type.</summary>
    public IEnumerable<NodeType> NodeTypes =>
        [new(Type.ToString(), (loaders, key) => loaders.Subject(key).Then(s => (object?)(s?.Type == Type ? s : null)))];

    public abstract string DataFile { get; }

    public abstract string KeyPrefix { get; }

    public IReadOnlyList<string> KindNames { get; } = Enum.GetNames<TKind>();

    public abstract SyntheticRecipe Synthetic { get; }

    public Subject? Create(string key, string label, string description, string? kind) =>
        EnumText.TryParse<TKind>(kind, out var value) ? Create(key, label, description, value) : null;

    protected abstract TSubject Create(string key, string label, string description, TKind kind);
}
