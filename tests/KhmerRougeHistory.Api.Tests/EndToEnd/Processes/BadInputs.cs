using System.Net;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// The bad inputs a soak mixes into real traffic, with the refusals <c>Hostile/HostileInputTests</c> checks one by one:
/// broken JSON, fields and IDs that do not exist, bad cursors and variables, and queries too deep, too costly or
/// too large a page. The very large bodies are left out: they test the body limit, not a server that runs for long.
/// </summary>
public static class BadInputs
{
    public static IReadOnlyList<BadInput> All { get; } =
    [
        new("malformed JSON", HttpStatusCode.BadRequest, "INVALID_JSON"),
        new("lone surrogate", HttpStatusCode.BadRequest, "INVALID_JSON"),
        new("batched array", HttpStatusCode.BadRequest, "BATCHING_NOT_SUPPORTED"),
        new("unknown field", HttpStatusCode.OK, "FIELDS_ON_CORRECT_TYPE"),
        new("bad ID", HttpStatusCode.OK, "INVALID_ID"),
        new("bad cursor", HttpStatusCode.OK, "INVALID_CURSOR"),
        new("variable of the wrong type", HttpStatusCode.OK, "INVALID_VALUE"),
        new("depth 40", HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED"),
        new("three nested 50-item connections", HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED"),
        new("first: 100000", HttpStatusCode.BadRequest, "MAX_PAGE_SIZE_EXCEEDED"),
    ];
}
