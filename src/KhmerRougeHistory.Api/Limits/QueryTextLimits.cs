using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.Exceptions;
using KhmerRougeHistory.Api.Limits.Errors;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// Refuses a query text that is too long (<c>QUERY_TOO_LONG</c>) or has too many tokens
/// (<c>MAX_TOKENS_EXCEEDED</c>) before it is parsed, counting tokens with GraphQL-Parser's lexer and stopping at
/// the limit; and answers a document nested beyond the parser's own recursion guard with
/// <c>MAX_DEPTH_EXCEEDED</c> instead of an internal error. It runs inside the document cache, so only texts
/// that are not cached yet are measured.
/// </summary>
internal sealed class QueryTextLimits(IOptions<RequestLimitsOptions> options) : IConfigureExecution
{
    private readonly RequestLimitsOptions _limits = options.Value;

    /// <summary>After the document cache (200), right before parsing.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.Query is { } query)
        {
            if (query.Length > _limits.MaxQueryLength)
            {
                return new ExecutionResult(new QueryTooLongError(query.Length, _limits.MaxQueryLength));
            }

            if (CountTokens(query, _limits.MaxTokens + 1) > _limits.MaxTokens)
            {
                return new ExecutionResult(new MaxTokensExceededError(_limits.MaxTokens));
            }
        }

        var inner = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = context =>
        {
            if (context.OriginalException is GraphQLMaxDepthExceededException)
            {
                context.Exception = MaxDepthExceededError.TooDeepToParse();
                return Task.CompletedTask;
            }

            return inner(context);
        };
        try
        {
            return await next(options);
        }
        finally
        {
            options.UnhandledExceptionDelegate = inner;
        }
    }

    /// <summary>Tokens up to <paramref name="stopAt"/>, comments excluded; a lexical error ends the count (the parser reports it).</summary>
    public static int CountTokens(string query, int stopAt)
    {
        ArgumentNullException.ThrowIfNull(query);
        var source = new ROM(query.AsMemory());
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                if (token.Kind != TokenKind.COMMENT)
                {
                    count++;
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Counted so far is enough: the parser reports the syntax error with its position.
        }

        return count;
    }
}
