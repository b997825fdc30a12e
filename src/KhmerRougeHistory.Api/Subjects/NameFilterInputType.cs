using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Subjects;

public sealed class NameFilterInputType() : FilterInputType<Claim>(NameFilter.Definition);
