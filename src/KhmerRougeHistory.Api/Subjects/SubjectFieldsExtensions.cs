using GraphQL;
using GraphQL.Types;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Graph.Relay;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Paging;

namespace KhmerRougeHistory.Api.Subjects;

public static class SubjectFieldsExtensions
{
    private static readonly ListSource<Claim> _mentionedIn =
        ListSource<Claim>.ChildrenBy(nameof(Claim.ValueSubjectKey), c => c.Rank != Rank.Deprecated) with { CountName = "subject-mentioned-in" };

    /// <summary>The fields of the <c>Subject</c> interface, with resolvers, on one of the four subject types.</summary>
    public static void AddSubjectFields<TSubject>(this ObjectGraphType<TSubject> type)
        where TSubject : Subject
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Interface<SubjectInterfaceType>();
        type.AddNodeId(s => s.Key);
        type.Field(s => s.Key).Description(SubjectDescriptions.Key);
        type.Field(s => s.Label).Description(SubjectDescriptions.Label);
        type.Field(s => s.Description).Description(SubjectDescriptions.Description);

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameGraphType>>>>("names")
            .Description(SubjectDescriptions.Names)
            .Resolve(context => context.Loaders().ClaimsOfSubject(context.Source.Key, [ClaimProperty.Name]));

        type.Field<NonNullGraphType<ClaimModule.Connection>>("claims")
            .Description(SubjectDescriptions.Claims)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.")
            .Argument<BooleanGraphType>("includeDeprecated", "Include claims the editors deprecated (default false).", a => a.DefaultValue = false)
            .ConnectionArguments<TSubject, object, ClaimModule.Where, ClaimModule.Order>()
            .Resolve(context =>
            {
                var properties = context.GetArgument<List<ClaimProperty>?>("property");
                var includeDeprecated = context.GetArgument("includeDeprecated", false);
                return context.NestedConnection(
                    $"subject-claims|{string.Join(',', properties ?? [])}|{includeDeprecated}",
                    context.Source.Key,
                    ListSource<Claim>.ChildrenBy(nameof(Claim.SubjectKey), ClaimsOf(properties, includeDeprecated)),
                    ClaimModule.Query);
            });

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGroupGraphType>>>>("claimGroups")
            .Description(SubjectDescriptions.ClaimGroups)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only groups of these properties.")
            .Argument<ListGraphType<NonNullGraphType<GroupStatusGraphType>>>("status", "Only groups with these agreement statuses.")
            .Resolve(context =>
            {
                // Returned as a pending load, not awaited here: awaiting would fetch this subject's groups alone
                // instead of every subject's of the level in one statement.
                var properties = context.GetArgument<List<ClaimProperty>?>("property");
                var statuses = context.GetArgument<List<GroupStatus>?>("status");
                return context.Loaders().GroupsOfSubject(context.Source.Key).Then(groups => (IReadOnlyList<ClaimGroup>)[.. groups.Where(g =>
                    (properties is not { Count: > 0 } || properties.Contains(g.Property))
                    && (statuses is not { Count: > 0 } || statuses.Contains(g.Status)))]);
            });

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("mentionedIn")
            .Description(SubjectDescriptions.MentionedIn)
            .DeprecationReason(SubjectDescriptions.MentionedInDeprecation)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.")
            .Resolve(context => context.Loaders().ClaimsAbout(context.Source.Key, context.GetArgument<List<ClaimProperty>?>("property")));

        type.Field<NonNullGraphType<ClaimModule.Connection>>("mentionedInConnection")
            .Description(SubjectDescriptions.MentionedIn + SubjectDescriptions.Paged)
            .Argument<ListGraphType<NonNullGraphType<ClaimPropertyGraphType>>>("property", "Only claims of these properties.")
            .ConnectionArguments<TSubject, object, ClaimModule.Where, ClaimModule.Order>()
            .Resolve(context =>
            {
                var properties = context.GetArgument<List<ClaimProperty>?>("property");
                return properties is { Count: > 0 }
                    ? context.NestedConnection(
                        $"subject-mentioned-in|{string.Join(',', properties.Order())}",
                        context.Source.Key,
                        ListSource<Claim>.ChildrenBy(nameof(Claim.ValueSubjectKey), c => Enumerable.Contains(properties, c.Property) && c.Rank != Rank.Deprecated),
                        ClaimModule.Query)
                    : context.NestedConnection(_mentionedIn.CountName!, context.Source.Key, _mentionedIn, ClaimModule.Query);
            });
    }

    /// <summary>A convenience field that returns the group of claims for one property: never a single chosen value.</summary>
    public static void AddClaimGroupField<TSubject>(this ObjectGraphType<TSubject> type, string name, ClaimProperty property, string description)
        where TSubject : Subject
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<ClaimGroupGraphType>(name)
            .Description(description + " This is the group of what all sources say, with their agreement; null when no source says anything.")
            .Resolve(context => context.Loaders().GroupsOfSubject(context.Source.Key)
                .Then(groups => groups.FirstOrDefault(g => g.Property == property && g.Role is null && g.ContextSubjectKey is null)));
    }

    /// <summary>
    /// Each relation as a connection (<c>membershipsConnection</c>) and, deprecated, the plain list it replaces
    /// (<c>memberships</c>): both hold the claims the declaration names.
    /// </summary>
    public static void AddRelations<TSubject>(this ObjectGraphType<TSubject> type, IEnumerable<SubjectRelation<TSubject>> relations)
        where TSubject : Subject
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(relations);
        foreach (var relation in relations)
        {
            var description = relation.Description + (relation.Direction == RelationDirection.Outgoing
                ? " Each is a claim: the related entity is its value, with role, dates and sources."
                : " Each is a claim whose subject is the related entity, with role, dates and sources.");
            type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>(relation.Name)
                .Description(description)
                .DeprecationReason($"Use `{relation.ConnectionName}`, which pages: on a large database this list holds thousands of claims.")
                .Resolve(context => relation.Direction == RelationDirection.Outgoing
                    ? context.Loaders().ClaimsOfSubject(context.Source.Key, relation.Properties)
                    : context.Loaders().ClaimsAbout(context.Source.Key, relation.Properties));
            type.Field<NonNullGraphType<ClaimModule.Connection>>(relation.ConnectionName)
                .Description(description + SubjectDescriptions.Paged)
                .ConnectionArguments<TSubject, object, ClaimModule.Where, ClaimModule.Order>()
                .Resolve(context => context.NestedConnection(relation.Claims.CountName!, context.Source.Key, relation.Claims, ClaimModule.Query));
        }
    }

    /// <summary>The condition of a subject's <c>claims</c> list: some properties, deprecated claims only when asked.</summary>
    private static System.Linq.Expressions.Expression<Func<Claim, bool>>? ClaimsOf(List<ClaimProperty>? properties, bool includeDeprecated) =>
        (properties is { Count: > 0 }, includeDeprecated) switch
        {
            (true, true) => c => properties!.Contains(c.Property),
            (true, false) => c => properties!.Contains(c.Property) && c.Rank != Rank.Deprecated,
            (false, false) => c => c.Rank != Rank.Deprecated,
            (false, true) => null,
        };

    private static HistoryLoaders Loaders(IResolveFieldContext context) => context.Loaders();
}
