using System.Linq.Expressions;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Querying.Sorting;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// The query configuration the four subject types share (id, label, kind, names, dates), with each type's own
/// names for its date fields (a person is <c>born</c>, an organization <c>founded</c>, an event <c>start</c>s).
/// </summary>
public static class SubjectQueries
{
    /// <summary>The label and the cited names: how any subject is found by name.</summary>
    public static IReadOnlyList<IFilterField> Naming<TSubject>()
        where TSubject : Subject =>
    [
        new OperationFilterField<TSubject, string>("label", "The display label.", s => s.Label, typeof(StringOperationFilterInputType)),
        new ListFilterField<TSubject, Claim>("names", "The names sources use for it (any spelling, alias or translation).",
            s => s.Claims.Where(c => c.Property == ClaimProperty.Name), NameFilter.Filter, typeof(NameFilter.ListWhere)),
    ];

    public static EntityQuery<TSubject> For<TSubject, TKind, TKindGraphType>(
        string typeName,
        Expression<Func<TSubject, TKind>> kind,
        IReadOnlyList<(string Name, string Description, bool End)> dates,
        IReadOnlyList<IFilterField> relations,
        string? defaultSortField = null)
        where TSubject : Subject
        where TKindGraphType : GraphQL.Types.EnumerationGraphType, new()
    {
        var key = SortField<TSubject>.Of("key", "The stable key.", s => s.Key);
        var label = SortField<TSubject>.Of("label", "The display label, A to Z (binary order).", s => s.Label);
        var dateSorts = dates.Select(d => d.End
            ? SortField<TSubject>.Of(d.Name, d.Description, s => s.SortEnd)
            : SortField<TSubject>.Of(d.Name, d.Description, s => s.SortStart)).ToList();

        IFilterField[] common =
        [
            new IdFilterField<TSubject>("id", "The entity itself, by global ID.", s => s.Key, [typeName]),
            Naming<TSubject>()[0],
            new OperationFilterField<TSubject, TKind>("kind", "The kind of entity.", kind, typeof(EnumOperationFilterInputType<TKindGraphType>)),
            Naming<TSubject>()[1],
        ];
        var dateFilters = dates.Select(d => d.End
            ? (IFilterField)new OperationFilterField<TSubject, DateOnly?>(d.Name, d.Description, s => s.SortEnd, typeof(DateOperationFilterInputType))
            : new OperationFilterField<TSubject, DateOnly?>(d.Name, d.Description, s => s.SortStart, typeof(DateOperationFilterInputType)));

        return new EntityQuery<TSubject>
        {
            Name = typeName,
            Key = key,
            Filter = new FilterDefinition<TSubject>(typeName + "FilterInput", $"Conditions on a {typeName.ToLowerInvariant()}; fields are ANDed.", [.. common, .. dateFilters, .. relations, SubjectRelationFilters.MentionedIn<TSubject>()]),
            Sort = new SortDefinition<TSubject>(typeName + "SortInput", $"One sort key for {typeName.ToLowerInvariant()}s; set one field per element.", [label, .. dateSorts], [new SortKey<TSubject>(dateSorts.FirstOrDefault(d => d.Name == defaultSortField) ?? label, false)]),
            Columns = new Dictionary<string, string[]>
            {
                ["label"] = [nameof(Subject.Label)],
                ["description"] = [nameof(Subject.Description)],
                ["kind"] = ["Kind"],
                ["start"] = [nameof(Subject.SortStart)],
                ["end"] = [nameof(Subject.SortEnd)],
            },
            AlwaysColumns = [nameof(Subject.Key)],
        };
    }
}
