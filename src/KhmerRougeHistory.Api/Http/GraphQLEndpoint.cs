using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace KhmerRougeHistory.Api.Http;

public static class GraphQLEndpoint
{
    /// <summary>
    /// Maps <c>POST {pattern}</c> with a JSON body <c>{ query, variables, operationName }</c> to the schema.
    /// This is the minimal transport; the full GraphQL-over-HTTP endpoint replaces it.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapPost(pattern, ExecuteAsync);
        return endpoints;
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError("The request body is not valid JSON.") { Code = "INVALID_REQUEST" }] }, http.RequestAborted);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request?.Query,
            Variables = request?.Variables,
            OperationName = request?.OperationName,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });
        http.Response.ContentType = "application/json";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
