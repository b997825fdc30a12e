using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

public sealed class NameListFilterInputType() : ListFilterInputType<NameFilterInputType>("names");
