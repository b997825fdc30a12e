using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Persons;

public sealed class PersonsConnectionType() : ConnectionGraphType<Person, PersonGraphType, PersonsEdgeType>("Persons");
