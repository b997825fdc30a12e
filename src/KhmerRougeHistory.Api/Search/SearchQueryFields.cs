using GraphQL;
using GraphQL.Types;
using KhmerRougeHistory.Api.Querying;
using KhmerRougeHistory.Api.Querying.Errors;
using KhmerRougeHistory.Api.Querying.Graph;
using KhmerRougeHistory.Api.Querying.Paging;
using KhmerRougeHistory.Api.Subjects;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Search;

public static class SearchQueryFields
{
    private const string Finds =
        "Finds persons, organizations, sites and events by label, any cited name (spellings and aliases included) or description. " +
        "Every word matches as a prefix, case and diacritics are ignored, all words must match; best matches first.";

    /// <summary>
    /// Adds <c>searchConnection(text:, first:, after:, last:, before:, where:, order:)</c>, full-text search as a
    /// connection over the subjects' own words and then their claims' words, and <c>search(text:, first:)</c>, the
    /// first matches by their own words as a plain list (what an autocomplete box wants: names, not claim texts).
    /// </summary>
    public static ObjectGraphType AddSearchFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionType>>("searchConnection")
            .Description(Finds + " Also finds a subject by the words of the claims about it (an outcome, a charge, the organizations, places and events they name), after every subject whose own words match. Paged with cursors, filtered with `where` over the fields every subject has, ordered by relevance unless `order` says otherwise; the key breaks ties.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The words to look for, e.g. \"tuol sl\" or \"saloth\". Punctuation is ignored.")
            .ConnectionArguments<object?, object, SubjectFilter.Where, SearchSortInputType>()
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var arguments = ConnectionArguments.From(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
                try
                {
                    return await services.GetRequiredService<SearchConnectionReader>().ReadAsync(context.GetArgument<string>("text"), arguments, context.CancellationToken);
                }
                catch (TooManySearchTermsException e)
                {
                    throw new QueryError(TooManySearchTermsException.Code, e.Message);
                }
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectInterfaceType>>>>("search")
            .Description(Finds + " A plain list of the first results, in the order `searchConnection` gives them, for an autocomplete box; `searchConnection` also pages, filters and counts, and finds subjects by the words of the claims about them too.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The words to look for, e.g. \"tuol sl\" or \"saloth\". Punctuation is ignored.")
            .Argument<IntGraphType>("first", "How many results, at most (default 10, at most 50).", a => a.DefaultValue = 10)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument("first", 10);
                var max = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value.MaxPageSize;
                if (first < 1 || first > max)
                {
                    throw first > max
                        ? new MaxPageSizeError($"first may be at most {max}.")
                        : new PagingArgumentError("first must be at least 1.");
                }

                IReadOnlyList<SearchHit> hits;
                try
                {
                    hits = await context.RequestServices!.GetRequiredService<SubjectSearch>().SearchAsync(context.GetArgument<string>("text"), first, context.CancellationToken);
                }
                catch (TooManySearchTermsException e)
                {
                    throw new QueryError(TooManySearchTermsException.Code, e.Message);
                }

                return (IReadOnlyList<Subject>)[.. hits.Select(h => h.Subject)];
            });
        return query;
    }
}
