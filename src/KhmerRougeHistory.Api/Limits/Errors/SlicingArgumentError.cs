using GraphQLParser;
using GraphQLParser.AST;
using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Limits.Errors;

/// <summary>
/// A <c>first</c>/<c>last</c> outside 1 to the maximum page size, or more <c>nodes(ids:)</c> than allowed, found by
/// cost analysis before anything runs; same codes as the resolvers' own checks (<see cref="MaxPageSizeError"/>,
/// <see cref="PagingArgumentError"/>), which stay in place.
/// </summary>
internal sealed class SlicingArgumentError : RequestLimitError
{
    private SlicingArgumentError(string code, ROM source, string message, ASTNode node)
        : base(code, source, message, node)
    {
    }

    public static SlicingArgumentError PageTooLarge(ROM source, GraphQLField field, string argument, int max) => new(
        MaxPageSizeError.Code, source, $"{field.Name.StringValue}: {argument} may be at most {max}; page through the rest with cursors.", field);

    public static SlicingArgumentError PageTooSmall(ROM source, GraphQLField field, string argument) => new(
        PagingArgumentError.Code, source, $"{field.Name.StringValue}: {argument} must be at least 1.", field);

    public static SlicingArgumentError TooManyIds(ROM source, GraphQLField field, int max) => new(
        PagingArgumentError.Code, source, $"nodes takes at most {max} IDs; split the request.", field);
}
