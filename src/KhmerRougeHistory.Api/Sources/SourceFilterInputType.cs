using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Sources;

public sealed class SourceFilterInputType() : FilterInputType<Source>(SourceQuery.Definition.Filter);
