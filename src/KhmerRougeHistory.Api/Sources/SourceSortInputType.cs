using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Sources;

public sealed class SourceSortInputType() : SortInputType<Source>(SourceQuery.Definition.Sort);
