using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// Conditions on any subject, whatever its type: what search results and the subject of a claim are filtered by.
/// It offers what the four types share; a type's own fields (a person's kind) are in its own input.
/// </summary>
public sealed class SubjectFilter : FilteredList<SubjectFilter, Subject>, IFilteredList<Subject>
{
    public static FilterDefinition<Subject> Filter { get; } = new(
        "SubjectFilterInput",
        "Conditions on a person, organization, site or event; fields are ANDed.",
        [
            new IdFilterField<Subject>("id", "The entity itself, by global ID.", s => s.Key, SubjectModules.TypeNames),
            new SubjectTypeFilterField(),
            .. SubjectQueries.Naming<Subject>(),
            new OperationFilterField<Subject, DateOnly?>("start", "The earliest day the entity's dated claims allow (derived: a person's birth, an organization's founding, an event's start).", s => s.SortStart, typeof(DateOperationFilterInputType)),
            new OperationFilterField<Subject, DateOnly?>("end", "The latest day the entity's dated claims allow (derived: a person's death, an event's end).", s => s.SortEnd, typeof(DateOperationFilterInputType)),
        ]);
}
