using GraphQL.Types;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Claims.Values;

public sealed class EntityValueGraphType : ObjectGraphType<EntityValue>
{
    public EntityValueGraphType()
    {
        Name = "EntityValue";
        Description = "A reference to another person, organization, site or event.";
        Field<NonNullGraphType<SubjectInterfaceType>>("subject")
            .Description("The entity referred to.")
            .Resolve(context => context.Loaders().Subject(context.Source.SubjectKey));
    }
}
