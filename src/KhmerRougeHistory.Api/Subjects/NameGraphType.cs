using GraphQL.Types;
using KhmerRougeHistory.Api.Batching;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.DataLoaders;
using KhmerRougeHistory.Api.Sources;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>A name a source uses for an entity (a Name claim, seen as a name).</summary>
public sealed class NameGraphType : ObjectGraphType<Claim>
{
    public NameGraphType()
    {
        Name = "Name";
        Description = "A name sources use for an entity, with who uses it.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The name as the sources write it.").Resolve(context => context.Source.ValueText);
        Field<NonNullGraphType<NameTypeGraphType>>("nameType").Description("What the name is to the entity: usual name, birth name, alias, spelling variant, ...").Resolve(context => context.Source.NameType);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations")
            .Description("Where each source uses this name, verbatim.")
            .Resolve(context => context.Loaders().CitationsOfClaim(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("The sources that use this name.")
            .Resolve(context =>
            {
                var loaders = context.Loaders();
                return loaders.CitationsOfClaim(context.Source.Id)
                    .Then(citations => citations.LoadEach(c => c.SourceKey, loaders.Source));
            });
        Field<NonNullGraphType<ClaimGraphType>>("claim").Description("The name as a claim, with its agreement and all qualifiers.").Resolve(context => context.Source);
    }
}
