using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.DataLoaders;

/// <summary>
/// The SQL of every batch loader, written once from the model's tables (a singleton, so each text is built and
/// rounded to its list lengths once for the process). Lists are ordered by the columns of the index that finds them,
/// with the key as tie-break, so that a page is stable and SQLite does not sort.
/// </summary>
public sealed class HistoryStatements
{
    public HistoryStatements(EntityTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Subjects = tables.For<Subject>();
        Sources = tables.For<Source>();
        Claims = tables.For<Claim>();
        Citations = tables.For<Citation>();
        Groups = tables.For<ClaimGroup>();

        SubjectsByKey = WhereIn(Subjects, nameof(Subject.Key));
        SourcesByKey = WhereIn(Sources, nameof(Source.Key));
        ClaimsById = WhereIn(Claims, nameof(Claim.Id));
        CitationsById = WhereIn(Citations, nameof(Citation.Id));
        GroupsById = WhereIn(Groups, nameof(ClaimGroup.Id));
        CitationsOfClaims = WhereIn(Citations, nameof(Citation.ClaimId), orderBy: [nameof(Citation.Ordinal), nameof(Citation.Id)]);
        ClaimsOfGroups = WhereIn(Claims, nameof(Claim.GroupId), orderBy: [nameof(Claim.Id)]);
        GroupsOfSubjects = WhereIn(Groups, nameof(ClaimGroup.SubjectKey), orderBy: [nameof(ClaimGroup.Property), nameof(ClaimGroup.Id)]);

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

        var (s, ct) = (Subjects, Citations);
        RelatedSubjects = new SqlTemplate(p =>
            $"SELECT c.{c.Column(nameof(Claim.SubjectKey))}, {s.SelectList("s")} FROM {c.Name} AS c " +
            $"JOIN {s.Name} AS s ON s.{s.Column(nameof(Subject.Key))} = c.{c.Column(nameof(Claim.ValueSubjectKey))} " +
            $"WHERE c.{c.Column(nameof(Claim.SubjectKey))} IN ({p[0]}) AND c.{c.Column(nameof(Claim.Property))} = {p[1]} AND c.{c.Column(nameof(Claim.Rank))} <> {p[2]} " +
            $"ORDER BY s.{s.Column(nameof(Subject.Label))}, c.{c.Column(nameof(Claim.ValueSubjectKey))}");
        DisputedClaimsOfSources = new SqlTemplate(p =>
            $"SELECT ct.{ct.Column(nameof(Citation.SourceKey))}, {c.SelectList("c")} FROM {ct.Name} AS ct " +
            $"JOIN {c.Name} AS c ON c.{c.Column(nameof(Claim.Id))} = ct.{ct.Column(nameof(Citation.ClaimId))} " +
            $"WHERE ct.{ct.Column(nameof(Citation.SourceKey))} IN ({p[0]}) AND c.{c.Column(nameof(Claim.Agreement))} = {p[1]} " +
            $"ORDER BY c.{c.Column(nameof(Claim.SubjectKey))}, c.{c.Column(nameof(Claim.Property))}, ct.{ct.Column(nameof(Citation.ClaimId))}");
    }

    public EntityTable<Subject> Subjects { get; }

    public EntityTable<Source> Sources { get; }

    public EntityTable<Claim> Claims { get; }

    public EntityTable<Citation> Citations { get; }

    public EntityTable<ClaimGroup> Groups { get; }

    public SqlTemplate SubjectsByKey { get; }

    public SqlTemplate SourcesByKey { get; }

    public SqlTemplate ClaimsById { get; }

    public SqlTemplate CitationsById { get; }

    public SqlTemplate GroupsById { get; }

    public SqlTemplate CitationsOfClaims { get; }

    public SqlTemplate ClaimsOfGroups { get; }

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

    /// <summary>Parameters: source keys, the disputed status. Rows: the source key, then the claim.</summary>
    public SqlTemplate DisputedClaimsOfSources { get; }

    private static SqlTemplate WhereIn<T>(EntityTable<T> table, string keyProperty, string[]? orderBy = null)
        where T : class =>
        new(p => $"SELECT {table.SelectList("t")} FROM {table.Name} AS t WHERE t.{table.Column(keyProperty)} IN ({p[0]})" +
            (orderBy is null ? string.Empty : " ORDER BY " + string.Join(", ", orderBy.Select(o => "t." + table.Column(o)))));
}
