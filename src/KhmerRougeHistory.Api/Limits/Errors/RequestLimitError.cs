using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Errors;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>
/// A request refused because it asks for more than <see cref="RequestLimitsOptions"/> allows: 400 with a stable
/// code, whatever the response media type, and the only error in the response (so a hostile document cannot
/// multiply its errors).
/// </summary>
internal abstract class RequestLimitError : ValidationError, IHttpStatusError
{
    protected RequestLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    protected RequestLimitError(string code, ROM source, string message, ASTNode node)
        : base(source, null, message, node)
    {
        Code = code;
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
