using System.Net;
using KhmerRougeHistory.Api.Tests.EndToEnd.Hostile;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>A request of <see cref="HostileRequests"/> and the refusal it must get: its status and error code.</summary>
public sealed record BadInput(string Name, HttpStatusCode Status, string Code)
{
    public HttpRequestMessage ToRequest() => HostileRequests.Build(Name);
}
