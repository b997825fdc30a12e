using GraphQLParser;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>
/// Fields nested deeper than <see cref="RequestLimitsOptions.MaxDepth"/>, introspection lists nested deeper than
/// <see cref="RequestLimitsOptions.MaxIntrospectionListDepth"/>, or a document nested too deeply to parse.
/// </summary>
internal sealed class MaxDepthExceededError : RequestLimitError
{
    public const string ErrorCode = "MAX_DEPTH_EXCEEDED";

    public MaxDepthExceededError(string message)
        : base(ErrorCode, message)
    {
    }

    public MaxDepthExceededError(ROM source, string message, ASTNode node)
        : base(ErrorCode, source, message, node)
    {
    }

    public static MaxDepthExceededError Fields(ROM source, GraphQLOperationDefinition operation, int depth, int limit) => new(
        source,
        $"The operation nests fields {depth} levels deep; this server allows at most {limit}: ask for less nested data, and follow references with further requests.",
        operation);

    public static MaxDepthExceededError IntrospectionLists(ROM source, GraphQLOperationDefinition operation, int limit) => new(
        source,
        $"The operation nests the introspection lists fields, interfaces, possibleTypes and inputFields more than {limit} deep; a full introspection query nests them once.",
        operation);

    public static MaxDepthExceededError TooDeepToParse() => new(
        "The document is nested too deeply to parse: send a less nested query.");
}
