using KhmerRougeHistory.Api.Querying.Inputs;

namespace KhmerRougeHistory.Api.Persons;

public sealed class PersonFilterInputType() : FilterInputType<Person>(PersonQuery.Definition.Filter);
