using GraphQL;
using GraphQL.Execution;
using KhmerRougeHistory.Api.Http.Errors;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// How errors are written: a message and <c>extensions.code</c> (graphql-dotnet's own errors already carry one,
/// such as <c>SYNTAX_ERROR</c> or <c>FIELDS_ON_CORRECT_TYPE</c>), never exception details, data or the
/// <c>codes</c> list (which is made from .NET exception type names). An exception that escaped a resolver
/// unexpectedly is reported as <c>INTERNAL_SERVER_ERROR</c>, unless this application threw it on purpose.
/// </summary>
internal sealed class GraphQLErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError && executionError.InnerException?.GetType().Assembly != typeof(GraphQLErrorInfoProvider).Assembly)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = InternalServerError.ErrorCode;
        }

        return info;
    }
}
