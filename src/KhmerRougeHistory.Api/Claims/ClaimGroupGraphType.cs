using GraphQL.Types;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims;

public sealed class ClaimGroupGraphType : ObjectGraphType<ClaimGroup>
{
    public ClaimGroupGraphType()
    {
        Name = "ClaimGroup";
        Description = "Everything sources say about one single-valued property of one entity (a birth date, a prisoner count), side by side, with whether they agree. Nothing is chosen for you.";
        this.AddNodeId(g => g.Id);
        Field<NonNullGraphType<SubjectInterfaceType>>("subject").Description("The entity.")
            .Resolve(c => c.Loaders().Subject(c.Source.SubjectKey));
        Field<NonNullGraphType<ClaimPropertyGraphType>>("property").Description("The property.").Resolve(c => c.Source.Property);
        Field(g => g.Role, nullable: true).Description("The role qualifier shared by the group's claims, if any.");
        Field<SubjectInterfaceType>("context").Description("The context entity shared by the group's claims, if any (e.g. where a distance is measured from).")
            .Resolve(c => c.Source.ContextSubjectKey is { } key ? c.Loaders().Subject(key) : null);
        Field<NonNullGraphType<GroupStatusGraphType>>("status").Description("SINGLE_SOURCE, AGREE, COMPATIBLE (ranges overlap) or CONFLICTING (some values cannot both be true).").Resolve(c => c.Source.Status);
        Field(g => g.SourceCount).Description("How many distinct sources state something about it.");
        Field(g => g.ClaimCount).Description("How many distinct values (claims) there are.");
        Field<ValueEnvelopeGraphType>("envelope").Description("The span the values allow together; null for texts and entities.")
            .Resolve(c => c.Source.EnvelopeLow is null && c.Source.EnvelopeHigh is null ? null : c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims").Description("One claim per distinct value, each with its sources and quotes.")
            .Resolve(c => c.Loaders().ClaimsOfGroup(c.Source.Id));
    }
}
