using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>Parses inside a <c>graphql.parse</c> span; a syntax error fails the span.</summary>
internal sealed class TracingDocumentBuilder(IDocumentBuilder inner) : IDocumentBuilder
{
    public GraphQLDocument Build(string body)
    {
        using var activity = HistoryTelemetry.ActivitySource.StartActivity(TelemetryNames.ParseSpan);
        try
        {
            return inner.Build(body);
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.MarkFailed((exception as ExecutionError)?.Code ?? exception.GetType().FullName ?? SpanErrors.OtherError, exception.Message);
            throw;
        }
    }
}
