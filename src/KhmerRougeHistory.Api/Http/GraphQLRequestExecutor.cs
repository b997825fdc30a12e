using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;

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
                Log.ExecutionFailed(logger, path, context.OriginalException);
                return Task.CompletedTask;
            },
        });
    }
}
