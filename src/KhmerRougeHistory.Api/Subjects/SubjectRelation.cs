using System.Linq.Expressions;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Paging;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// One relation list of a subject type (a person's memberships, an organization's members), declared once: its
/// connection, the deprecated plain list before it and its <c>where</c> field are built from this declaration, so
/// they always hold the same claims: those of the given properties, deprecated ones hidden. The importer counts each
/// subject's list (<see cref="ListCounts"/>), so an unfiltered <c>totalCount</c> is read by key.
/// </summary>
public sealed class SubjectRelation<TSubject> : ICountedList
    where TSubject : Subject
{
    private readonly Expression<Func<Claim, bool>> _shown;

    /// <param name="typeName">The GraphQL type that lists it, for the count's name.</param>
    /// <param name="name">The field name (<c>memberships</c>); the connection is <c>membershipsConnection</c>.</param>
    /// <param name="direction">Whether the subject states the claims or is their value.</param>
    /// <param name="description">What the list holds, for the output fields.</param>
    /// <param name="filterDescription">What the list holds, for the <c>where</c> field.</param>
    /// <param name="properties">The claim properties of the relation.</param>
    public SubjectRelation(string typeName, string name, RelationDirection direction, string description, string filterDescription, params ClaimProperty[] properties)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        Name = name;
        Direction = direction;
        Description = description;
        FilterDescription = filterDescription;
        Properties = properties;
        _shown = c => Enumerable.Contains(properties, c.Property) && c.Rank != Rank.Deprecated;
        var parent = direction == RelationDirection.Outgoing ? nameof(Claim.SubjectKey) : nameof(Claim.ValueSubjectKey);
        Claims = ListSource<Claim>.ChildrenBy(parent, _shown) with { CountName = $"{typeName}-{name}".ToLowerInvariant() };
    }

    public string Name { get; }

    public string ConnectionName => Name + "Connection";

    public RelationDirection Direction { get; }

    public string Description { get; }

    public string FilterDescription { get; }

    public IReadOnlyList<ClaimProperty> Properties { get; }

    /// <summary>The relation's claims under each subject, for its connection.</summary>
    public ListSource<Claim> Claims { get; }

    /// <summary>The <c>where</c> field named after the list: <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c> over the same claims.</summary>
    public IFilterField Filter => SubjectRelationFilters.Over<TSubject>(
        Name, FilterDescription, Direction == RelationDirection.Outgoing ? s => s.Claims : s => s.Mentions, _shown);

    string? ICountedList.CountName => Claims.CountName;

    SqlStatement ICountedList.CountsOfAllParents(SqlWriting writing) => ((ICountedList)Claims).CountsOfAllParents(writing);
}
