using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Events;

/// <summary>A person's or organization's part in an event: a ParticipantIn claim, seen from the event.</summary>
public sealed class ParticipationGraphType : ObjectGraphType<Claim>
{
    public ParticipationGraphType()
    {
        Name = "Participation";
        Description = "Who took part in an event and how, according to the sources.";
        Field<NonNullGraphType<SubjectInterfaceType>>("participant").Description("The person or organization.")
            .Resolve(c => c.Source.Subject is { } loaded ? loaded : c.Loaders().Subject(c.Source.SubjectKey));
        Field(c => c.Role, nullable: true).Description("The part they played, in the sources' terms (\"defendant\", \"invading force\").");
        Field<NonNullGraphType<ClaimGraphType>>("claim").Description("The participation as a claim, with its citations and agreement.").Resolve(c => c.Source);
    }
}
