using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>The SQL of the claims' loaders (<see cref="ClaimLoaders"/>), written once from the model's tables.</summary>
public sealed class ClaimStatements
{
    public ClaimStatements(EntityTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Claims = tables.For<Claim>();
        Citations = tables.For<Citation>();
        Groups = tables.For<ClaimGroup>();
        ClaimsById = KeyedStatements.WhereIn(Claims, nameof(Claim.Id));
        CitationsById = KeyedStatements.WhereIn(Citations, nameof(Citation.Id));
        GroupsById = KeyedStatements.WhereIn(Groups, nameof(ClaimGroup.Id));
        CitationsOfClaims = KeyedStatements.WhereIn(Citations, nameof(Citation.ClaimId), nameof(Citation.Ordinal), nameof(Citation.Id));
        ClaimsOfGroups = KeyedStatements.WhereIn(Claims, nameof(Claim.GroupId), nameof(Claim.Id));
    }

    public EntityTable<Claim> Claims { get; }

    public EntityTable<Citation> Citations { get; }

    public EntityTable<ClaimGroup> Groups { get; }

    public SqlTemplate ClaimsById { get; }

    public SqlTemplate CitationsById { get; }

    public SqlTemplate GroupsById { get; }

    public SqlTemplate CitationsOfClaims { get; }

    public SqlTemplate ClaimsOfGroups { get; }
}
