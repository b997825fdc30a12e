using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>The <c>Subject</c> interface: what persons, organizations, sites and events have in common.</summary>
public sealed class SubjectInterfaceType : InterfaceGraphType<Subject>
{
    public SubjectInterfaceType()
    {
        Name = "Subject";
        Description = "A person, organization, site or event. It holds identity only; every fact about it is a claim with sources.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID: opaque, stable across data rebuilds. Use it with `node(id:)`.");
        Field(s => s.Key).Description(SubjectDescriptions.Key);
        Field(s => s.Label).Description(SubjectDescriptions.Label);
        Field(s => s.Description).Description(SubjectDescriptions.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameGraphType>>>>("names").Description(SubjectDescriptions.Names);
        Field<NonNullGraphType<ClaimModule.Connection>>("claims")
            .Description(SubjectDescriptions.Claims)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.")
            .Argument<BooleanGraphType>("includeDeprecated", "Include claims the editors deprecated (default false).", a => a.DefaultValue = false)
            .ConnectionArguments<Subject, object, ClaimModule.Where, ClaimModule.Order>();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGroupGraphType>>>>("claimGroups")
            .Description(SubjectDescriptions.ClaimGroups)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only groups of these properties.")
            .Argument<ListGraphType<NonNullGraphType<GroupStatusGraphType>>>("status", "Only groups with these agreement statuses.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("mentionedIn")
            .Description(SubjectDescriptions.MentionedIn)
            .DeprecationReason(SubjectDescriptions.MentionedInDeprecation)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.");
        Field<NonNullGraphType<ClaimModule.Connection>>("mentionedInConnection")
            .Description(SubjectDescriptions.MentionedIn + SubjectDescriptions.Paged)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.")
            .ConnectionArguments<Subject, object, ClaimModule.Where, ClaimModule.Order>();
    }
}
