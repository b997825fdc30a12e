using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Persons;

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Description = "A person named by the sources: leaders, officials, survivors, witnesses, filmmakers, authors.";
        this.AddSubjectFields();
        this.AddEntityKey();
        Field<NonNullGraphType<PersonKindGraphType>>("kind").Description("What kind of person it is (an editorial classification).").Resolve(c => c.Source.Kind);
        this.AddClaimGroupField("born", ClaimProperty.BirthDate, "When the person was born, according to each source.");
        this.AddClaimGroupField("died", ClaimProperty.DeathDate, "When the person died, according to each source.");
        this.AddClaimGroupField("birthPlace", ClaimProperty.BirthPlace, "Where the person was born, according to each source.");
        this.AddRelations(PersonRelations.All);
    }
}
