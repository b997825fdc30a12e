using GraphQL.Types;
using KhmerRougeHistory.Api.Federation;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Sites;

public sealed class SiteGraphType : ObjectGraphType<Site>
{
    public SiteGraphType()
    {
        Name = "Site";
        Description = "A place named by the sources: prisons, killing fields, memorials, museums, cities, provinces, countries.";
        this.AddSubjectFields();
        this.AddEntityKey();
        Field<NonNullGraphType<SiteKindGraphType>>("kind").Description("What kind of site it is (an editorial classification).").Resolve(c => c.Source.Kind);
        this.AddRelations(SiteRelations.All);
    }
}
