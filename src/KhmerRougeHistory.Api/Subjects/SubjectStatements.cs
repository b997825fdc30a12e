using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.DataLoaders;

namespace KhmerRougeHistory.Api.Subjects;

/// <summary>
/// The SQL of the subjects' loaders (<see cref="SubjectLoaders"/>), written once from the model's tables. A subject's
/// claims are ordered by property, then ID: the columns of the index that finds them.
/// </summary>
public sealed class SubjectStatements
{
    public SubjectStatements(EntityTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Subjects = tables.For<Subject>();
        Claims = tables.For<Claim>();
        Groups = tables.For<ClaimGroup>();
        SubjectsByKey = KeyedStatements.WhereIn(Subjects, nameof(Subject.Key));
        GroupsOfSubjects = KeyedStatements.WhereIn(Groups, nameof(ClaimGroup.SubjectKey), nameof(ClaimGroup.Property), nameof(ClaimGroup.Id));

        var c = Claims;
        string ClaimsWhere(string subjectColumn, string keys, string? properties, string? deprecated) =>
            $"SELECT {c.SelectList("t")} FROM {c.Name} AS t WHERE t.{c.Column(subjectColumn)} IN ({keys})" +
            (properties is null ? string.Empty : $" AND t.{c.Column(nameof(Claim.Property))} IN ({properties})") +
            (deprecated is null ? string.Empty : $" AND t.{c.Column(nameof(Claim.Rank))} <> {deprecated}") +
            $" ORDER BY t.{c.Column(nameof(Claim.Property))}, t.{c.Column(nameof(Claim.Id))}";
        ClaimsOfSubjects = new SqlTemplate(p => ClaimsWhere(nameof(Claim.SubjectKey), p[0], null, null));
        ClaimsOfSubjectsNotDeprecated = new SqlTemplate(p => ClaimsWhere(nameof(Claim.SubjectKey), p[0], null, p[1]));
        ClaimsOfSubjectsByProperty = new SqlTemplate(p => ClaimsWhere(nameof(Claim.SubjectKey), p[0], p[1], null));
        ClaimsOfSubjectsByPropertyNotDeprecated = new SqlTemplate(p => ClaimsWhere(nameof(Claim.SubjectKey), p[0], p[1], p[2]));
        ClaimsAboutSubjects = new SqlTemplate(p => ClaimsWhere(nameof(Claim.ValueSubjectKey), p[0], null, p[1]));
        ClaimsAboutSubjectsByProperty = new SqlTemplate(p => ClaimsWhere(nameof(Claim.ValueSubjectKey), p[0], p[1], p[2]));

        var s = Subjects;
        RelatedSubjects = new SqlTemplate(p =>
            $"SELECT c.{c.Column(nameof(Claim.SubjectKey))}, {s.SelectList("s")} FROM {c.Name} AS c " +
            $"JOIN {s.Name} AS s ON s.{s.Column(nameof(Subject.Key))} = c.{c.Column(nameof(Claim.ValueSubjectKey))} " +
            $"WHERE c.{c.Column(nameof(Claim.SubjectKey))} IN ({p[0]}) AND c.{c.Column(nameof(Claim.Property))} = {p[1]} AND c.{c.Column(nameof(Claim.Rank))} <> {p[2]} " +
            $"ORDER BY s.{s.Column(nameof(Subject.Label))}, c.{c.Column(nameof(Claim.ValueSubjectKey))}");
    }

    public EntityTable<Subject> Subjects { get; }

    public EntityTable<Claim> Claims { get; }

    public EntityTable<ClaimGroup> Groups { get; }

    public SqlTemplate SubjectsByKey { get; }

    public SqlTemplate GroupsOfSubjects { get; }

    /// <summary>Parameters: subject keys.</summary>
    public SqlTemplate ClaimsOfSubjects { get; }

    /// <summary>Parameters: subject keys, the deprecated rank.</summary>
    public SqlTemplate ClaimsOfSubjectsNotDeprecated { get; }

    /// <summary>Parameters: subject keys, properties.</summary>
    public SqlTemplate ClaimsOfSubjectsByProperty { get; }

    /// <summary>Parameters: subject keys, properties, the deprecated rank.</summary>
    public SqlTemplate ClaimsOfSubjectsByPropertyNotDeprecated { get; }

    /// <summary>Parameters: value-subject keys, the deprecated rank.</summary>
    public SqlTemplate ClaimsAboutSubjects { get; }

    /// <summary>Parameters: value-subject keys, properties, the deprecated rank.</summary>
    public SqlTemplate ClaimsAboutSubjectsByProperty { get; }

    /// <summary>Parameters: subject keys, one property, the deprecated rank. Rows: the subject key, then the related subject.</summary>
    public SqlTemplate RelatedSubjects { get; }
}
