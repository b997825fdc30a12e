using GraphQL.Types;
using KhmerRougeHistory.Api.Querying.Graph;

namespace KhmerRougeHistory.Api.Persons;

public static class PersonQueryFields
{
    /// <summary>Adds the root <c>persons</c> connection.</summary>
    public static ObjectGraphType AddPersonsFields(this ObjectGraphType query)
    {
        query.AddRootConnection<Person, PersonsConnectionType, PersonFilterInputType, PersonSortInputType>(
            "persons", "All persons, filtered, sorted and paged.", PersonQuery.Definition);
        return query;
    }
}
