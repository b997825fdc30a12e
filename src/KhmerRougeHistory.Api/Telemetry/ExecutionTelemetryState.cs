using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// What the steps of one GraphQL execution learn for its operation span and metrics. It travels in the execution's
/// <c>UserContext</c>, which graphql-dotnet hands to validation too; the execution result alone does not name the
/// operation when validation fails.
/// </summary>
internal sealed class ExecutionTelemetryState
{
    private const string Key = "KhmerRougeHistory.Api.Telemetry";

    /// <summary>The operation validation ran against: known once the document parsed and the operation was found.</summary>
    public GraphQLOperationDefinition? Operation { get; set; }

    /// <summary>Whether the document cache supplied the document, so it was neither parsed nor fully validated again.</summary>
    public bool DocumentCached { get; set; }

    public static ExecutionTelemetryState Attach(IDictionary<string, object?> userContext)
    {
        ArgumentNullException.ThrowIfNull(userContext);
        var state = new ExecutionTelemetryState();
        userContext[Key] = state;
        return state;
    }

    public static ExecutionTelemetryState? Find(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var value) ? value as ExecutionTelemetryState : null;
}
