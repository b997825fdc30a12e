using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Search;

public sealed class SearchSortInputType() : SortInputType<SearchMatch>(SearchOrder.Definition);
