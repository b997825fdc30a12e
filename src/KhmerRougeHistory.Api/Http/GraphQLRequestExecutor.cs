using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KhmerRougeHistory.Api.Diagnostics;
using KhmerRougeHistory.Api.Http.Errors;

namespace KhmerRougeHistory.Api.Http;

/// <summary>Runs a request against the schema; a GET may only run queries.</summary>
internal sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, ILogger<GraphQLRequestExecutor> logger)
{
    private static readonly IValidationRule[] _getRules = [.. DocumentValidator.CoreRules, GetOnlyQueriesRule.Instance];

    private static readonly IValidationRule[] _getRulesForCachedDocuments = [GetOnlyQueriesRule.Instance];

    public Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool queriesOnly)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = queriesOnly ? _getRules : null,
            CachedDocumentValidationRules = queriesOnly ? _getRulesForCachedDocuments : null,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                var path = context.FieldContext?.Path is { } fieldPath ? string.Join('.', fieldPath) : "the document";
                var traceId = RequestTraceId.Of(http);
                Log.ExecutionFailed(logger, path, traceId, context.OriginalException);
                if (context.OriginalException.GetType().Assembly != typeof(GraphQLRequestExecutor).Assembly)
                {
                    // Unexpected: the client gets INTERNAL_SERVER_ERROR and the trace id of the log entry, nothing more.
                    var what = context.FieldContext is { } field ? $"resolve the field '{field.FieldAst.Name.StringValue}'" : "run this request";
                    context.Exception = new UnexpectedError(what, traceId, context.OriginalException);
                }

                return Task.CompletedTask;
            },
        });
    }
}
