namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Span, attribute and instrument names. Where OpenTelemetry's semantic conventions name a thing (GraphQL server
/// spans, database client spans, <c>error.type</c>) their names are used; the API's own additions start with
/// <c>history.</c>, so they never collide with a future convention.
/// </summary>
internal static class TelemetryNames
{
    public const string ParseSpan = "graphql.parse";
    public const string ValidateSpan = "graphql.validate";
    public const string ExecuteSpan = "graphql.execute";

    /// <summary>The operation span's name until the operation is known (the convention's fallback).</summary>
    public const string OperationSpan = "GraphQL Operation";

    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";
    public const string Document = "graphql.document";
    public const string ErrorType = "error.type";

    /// <summary>On the operation span: whether the document cache supplied the parsed, validated document.</summary>
    public const string DocumentCached = "history.graphql.document.cached";

    /// <summary>On the operation span: the request's cost (the larger of field and type cost, see Limits).</summary>
    public const string Cost = "history.graphql.cost";

    // Database client spans: the names of semantic conventions 1.24 that most back ends read (db.system,
    // db.statement), and their stable successors (db.system.name, db.query.text).
    public const string DbSystem = "db.system";
    public const string DbSystemName = "db.system.name";
    public const string DbStatement = "db.statement";
    public const string DbQueryText = "db.query.text";
    public const string DbOperationName = "db.operation.name";
    public const string DbNamespace = "db.namespace";
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public const string RequestsMetric = "history.graphql.requests";
    public const string DurationMetric = "history.graphql.request.duration";
    public const string CostMetric = "history.graphql.request.cost";
}
