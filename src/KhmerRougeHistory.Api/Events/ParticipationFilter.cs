using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Inputs;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>Conditions on one participation in an event (a ParticipantIn claim whose subject is the participant).</summary>
public sealed class ParticipationFilter : FilteredList<ParticipationFilter, Claim>, IFilteredList<Claim>
{
    public static FilterDefinition<Claim> Filter { get; } = new(
        "ParticipationFilterInput",
        "Conditions on a participation: who took part, and in what role.",
        [
            new RelationFilterField<Claim, Subject>("participant", "The person or organization, by its own fields.", c => c.Subject, () => SubjectFilter.Filter, typeof(SubjectFilter.Where)),
            new OperationFilterField<Claim, string?>("role", "The part they played, in the sources' terms.", c => c.Role, typeof(StringOperationFilterInputType)),
        ]);
}
