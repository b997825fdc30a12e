using GraphQLParser;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>A field (or fragment, or operation) with more directives than <see cref="RequestLimitsOptions.MaxDirectivesPerField"/>.</summary>
internal sealed class MaxDirectivesExceededError(ROM source, ASTNode node, int count, int limit) : RequestLimitError(
    ErrorCode,
    source,
    $"A selection carries {count} directives; this server allows at most {limit} on one field, fragment or operation.",
    node)
{
    public const string ErrorCode = "MAX_DIRECTIVES_EXCEEDED";
}
