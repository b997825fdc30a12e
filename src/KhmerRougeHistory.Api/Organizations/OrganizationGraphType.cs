using GraphQL.Types;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Organizations;

public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public OrganizationGraphType()
    {
        Name = "Organization";
        Description = "An organization named by the sources: parties, armies, governments, tribunals, research centers, publishers.";
        this.AddSubjectFields();
        this.AddEntityKey();
        Field<NonNullGraphType<OrganizationKindGraphType>>("kind").Description("What kind of organization it is (an editorial classification).").Resolve(c => c.Source.Kind);
        this.AddClaimGroupField("founded", ClaimProperty.FoundingDate, "When the organization was formed, according to each source.");
        this.AddRelations(OrganizationRelations.All);
    }
}
