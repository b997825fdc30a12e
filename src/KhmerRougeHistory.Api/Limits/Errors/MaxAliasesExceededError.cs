using GraphQLParser;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>An operation with more aliases than <see cref="RequestLimitsOptions.MaxAliases"/> (fragments counted where spread).</summary>
internal sealed class MaxAliasesExceededError(ROM source, GraphQLOperationDefinition operation, long count, int limit) : RequestLimitError(
    ErrorCode,
    source,
    $"The operation uses {count} aliases (counting each spread of a fragment); this server allows at most {limit}: split the request.",
    operation)
{
    public const string ErrorCode = "MAX_ALIASES_EXCEEDED";
}
