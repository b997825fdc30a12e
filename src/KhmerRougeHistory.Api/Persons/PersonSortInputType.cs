using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Persons;

public sealed class PersonSortInputType() : SortInputType<Person>(PersonQuery.Definition.Sort);
