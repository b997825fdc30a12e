using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Persons;

public sealed class PersonsEdgeType() : EdgeGraphType<Person, PersonGraphType>("Persons");
