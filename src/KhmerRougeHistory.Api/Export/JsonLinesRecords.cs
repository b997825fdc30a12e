using System.Globalization;
using System.Text.Json;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The objects of the JSON Lines file. Keys are the database's (a subject's <c>person/pol-pot</c>), enums are written as
/// the database stores them (<c>AtLeast</c>), dates as ISO days; an absent value is <c>null</c>, so every line of a kind
/// has the same members.
/// </summary>
internal static class JsonLinesRecords
{
    /// <summary>A claim's group as the claim line carries it: how the group's claims agree and how many there are.</summary>
    public readonly record struct GroupSummary(string Status, int ClaimCount, int SourceCount);

    public static void Source(Utf8JsonWriter json, Source source)
    {
        Begin(json, "source", source.Key);
        json.WriteString("kind", source.Kind.ToString());
        json.WriteString("title", source.Title);
        json.WriteStartArray("authors");
        foreach (var author in source.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteString("publisher", source.Publisher);
        json.WriteString("published", source.PublishedEdtf);
        json.WriteString("updated", source.UpdatedEdtf);
        json.WriteString("accessed", source.AccessedEdtf);
        json.WriteString("url", source.Url);
        json.WriteString("description", source.Description);
        json.WriteString("documentFile", source.DocumentFile);
        json.WriteEndObject();
    }

    public static void Subject(Utf8JsonWriter json, Subject subject)
    {
        Begin(json, "subject", subject.Key);
        json.WriteString("subjectType", subject.Type.ToString());
        json.WriteString("kind", subject.KindName);
        json.WriteString("label", subject.Label);
        json.WriteString("description", subject.Description);
        json.WriteString("sortStart", Day(subject.SortStart));
        json.WriteString("sortEnd", Day(subject.SortEnd));
        json.WriteEndObject();
    }

    public static void Claim(Utf8JsonWriter json, Claim claim, GroupSummary? group)
    {
        Begin(json, "claim", claim.Id);
        json.WriteString("subject", claim.SubjectKey);
        json.WriteString("property", claim.Property.ToString());
        json.WriteString("valueKind", claim.ValueKind.ToString());
        json.WritePropertyName("value");
        ClaimValue(json, claim);
        json.WriteString("certainty", claim.Certainty.ToString());
        json.WriteString("rank", claim.Rank.ToString());
        json.WriteString("rankReason", claim.RankReason);
        json.WriteString("agreement", claim.Agreement.ToString());
        json.WriteNumber("sourceCount", claim.SourceCount);
        if (group is { } g)
        {
            json.WriteStartObject("group");
            json.WriteString("id", claim.GroupId);
            json.WriteString("status", g.Status);
            json.WriteNumber("claimCount", g.ClaimCount);
            json.WriteNumber("sourceCount", g.SourceCount);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("group");
        }

        json.WriteStartObject("qualifiers");
        json.WriteString("nameType", claim.NameType?.ToString());
        json.WriteString("role", claim.Role);
        json.WriteString("context", claim.ContextSubjectKey);
        json.WriteString("validFrom", claim.ValidFromEdtf);
        json.WriteString("validFromEarliest", Day(claim.ValidFromEarliest));
        json.WriteString("validTo", claim.ValidToEdtf);
        json.WriteString("validToLatest", Day(claim.ValidToLatest));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void Citation(Utf8JsonWriter json, Citation citation)
    {
        Begin(json, "citation", citation.Id);
        json.WriteString("claim", citation.ClaimId);
        json.WriteString("source", citation.SourceKey);
        json.WriteString("quote", citation.Quote);
        json.WriteString("wording", citation.Wording);
        json.WriteString("certainty", citation.Certainty.ToString());
        json.WriteString("validFrom", citation.ValidFromEdtf);
        json.WriteString("validTo", citation.ValidToEdtf);
        json.WriteString("note", citation.Note);
        json.WriteString("section", citation.Section);
        json.WriteNumber("ordinal", citation.Ordinal);
        json.WriteEndObject();
    }

    /// <summary>Only the members of the claim's value kind: an entity, a text, a quantity or a date.</summary>
    private static void ClaimValue(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        switch (claim.ValueKind)
        {
            case ValueKind.Entity:
                json.WriteString("subject", claim.ValueSubjectKey);
                break;
            case ValueKind.Text:
                json.WriteString("text", claim.ValueText);
                break;
            case ValueKind.Quantity:
                Number(json, "amount", claim.Amount);
                Number(json, "lowerBound", claim.LowerBound);
                Number(json, "upperBound", claim.UpperBound);
                json.WriteString("unit", claim.Unit);
                break;
            case ValueKind.Date:
                json.WriteString("edtf", claim.DateEdtf);
                json.WriteString("earliest", Day(claim.DateEarliest));
                json.WriteString("latest", Day(claim.DateLatest));
                json.WriteString("precision", claim.DatePrecision?.ToString());
                break;
        }

        json.WriteEndObject();
    }

    private static void Begin(Utf8JsonWriter json, string type, string id)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("id", id);
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
