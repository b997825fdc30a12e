namespace KhmerRougeHistory.Api.Http.Errors;

/// <summary>The endpoint itself failed; the details are logged, never sent.</summary>
internal sealed class InternalServerError() : GraphQLHttpError(
    "The server failed to answer this request. The failure has been logged; try again later, and report it if it persists.",
    ErrorCode)
{
    public const string ErrorCode = "INTERNAL_SERVER_ERROR";

    public override int StatusCode => StatusCodes.Status500InternalServerError;
}
