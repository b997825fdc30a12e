using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Filtering;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Events;

/// <summary>
/// An event's participants: its participation claims, each shown as who took part and in what role
/// (<c>ParticipantsConnection</c>), filtered and sorted as claims are (<c>ClaimModule.Where</c>).
/// </summary>
public sealed class ParticipantList : PagedList<ParticipantList, Claim, ParticipationGraphType>, IPagedList<Claim>
{
    public static string ListName => "Participants";

    public static EntityQuery<Claim> Query => ClaimModule.Query;

    public static FilterDefinition<Claim> Filter => Query.Filter;
}
