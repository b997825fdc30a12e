using KhmerRougeHistory.Api.Querying.Errors;

namespace KhmerRougeHistory.Api.Querying;

/// <summary>Validated paging arguments: a page size, a direction and an optional cursor to start after.</summary>
public sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public static PageRequest From(int? first, string? after, int? last, string? before, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (first is not null && last is not null)
        {
            throw new PagingArgumentError("Pass either first (with after) or last (with before), not both.");
        }

        if ((first is not null && before is not null) || (last is not null && after is not null))
        {
            throw new PagingArgumentError("Use first with after to page forward, or last with before to page backward.");
        }

        var size = first ?? last ?? options.DefaultPageSize;
        var name = last is not null ? "last" : "first";
        if (size < 1)
        {
            throw new PagingArgumentError($"{name} must be at least 1.");
        }

        if (size > options.MaxPageSize)
        {
            throw new MaxPageSizeError($"{name} may be at most {options.MaxPageSize}; page through the rest with cursors.");
        }

        var backward = last is not null || (before is not null && after is null);
        return new PageRequest(size, backward, backward ? before : after);
    }
}
