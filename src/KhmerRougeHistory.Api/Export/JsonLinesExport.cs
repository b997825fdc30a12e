using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Data.Sql;
using KhmerRougeHistory.Api.Sources;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// The dataset as JSON Lines (https://jsonlines.org): one JSON object per line, sources first, then subjects, claims
/// and citations, each kind in key order; <c>type</c> says which kind a line is (<see cref="JsonLinesRecords"/>).
/// Rows are read with a forward-only reader and written as they come.
/// </summary>
internal sealed class JsonLinesExport(string name, IReadConnections connections, EntityTables tables) : ExportFile(
    name,
    "application/jsonl",
    "The whole dataset as JSON Lines: one object per source, subject, claim (value, certainty, rank, agreement, group status, qualifiers) and citation (source, verbatim quote), each with a \"type\".")
{
    private static readonly JsonWriterOptions _json = new()
    {
        Indented = false,

        // A data file, never embedded in a page: Khmer script and quotes stay readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override async Task WriteAsync(Stream destination, CancellationToken cancellationToken)
    {
        await using var output = new RecordOutput(destination);
        await using var json = new Utf8JsonWriter(output.Writer, _json);
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var stop = connection.StopOn(cancellationToken);

        var sources = tables.For<Source>();
        await WriteAllAsync(connection, output, json, $"SELECT {sources.SelectList("s")} FROM {sources.Name} s ORDER BY s.{sources.Column(nameof(Source.Key))}",
            (writer, reader) => JsonLinesRecords.Source(writer, sources.Read(reader)), cancellationToken);

        var subjects = tables.For<Subject>();
        await WriteAllAsync(connection, output, json, $"SELECT {subjects.SelectList("s")} FROM {subjects.Name} s ORDER BY s.{subjects.Column(nameof(Subject.Key))}",
            (writer, reader) => JsonLinesRecords.Subject(writer, subjects.Read(reader)), cancellationToken);

        // The claim's group (status and counts) joined in, so that each claim line says how its sources agree.
        var claims = tables.For<Claim>();
        var groups = tables.For<ClaimGroup>();
        var groupColumns = string.Join(", ", new[] { nameof(ClaimGroup.Status), nameof(ClaimGroup.ClaimCount), nameof(ClaimGroup.SourceCount) }.Select(p => "g." + groups.Column(p)));
        await WriteAllAsync(
            connection,
            output,
            json,
            $"SELECT {claims.SelectList("c")}, {groupColumns} FROM {claims.Name} c LEFT JOIN {groups.Name} g ON g.{groups.Column(nameof(ClaimGroup.Id))} = c.{claims.Column(nameof(Claim.GroupId))} ORDER BY c.{claims.Column(nameof(Claim.Id))}",
            (writer, reader) => JsonLinesRecords.Claim(writer, claims.Read(reader), ClaimGroupOf(reader, claims.Width)),
            cancellationToken);

        var citations = tables.For<Citation>();
        await WriteAllAsync(connection, output, json, $"SELECT {citations.SelectList("t")} FROM {citations.Name} t ORDER BY t.{citations.Column(nameof(Citation.Id))}",
            (writer, reader) => JsonLinesRecords.Citation(writer, citations.Read(reader)), cancellationToken);

        await output.CompleteAsync(cancellationToken);
    }

    private static async Task WriteAllAsync(
        ReadConnection connection,
        RecordOutput output,
        Utf8JsonWriter json,
        string sql,
        Action<Utf8JsonWriter, DbDataReader> record,
        CancellationToken cancellationToken)
    {
        var command = connection.Command(sql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            record(json, reader);
            json.Flush();

            // One value per line: the writer starts afresh, as it only writes one top-level value.
            json.Reset();
            output.Write("\n"u8);
            await output.EndRecordAsync(cancellationToken);
        }
    }

    private static JsonLinesRecords.GroupSummary? ClaimGroupOf(DbDataReader reader, int offset) =>
        reader.IsDBNull(offset)
            ? null
            : new JsonLinesRecords.GroupSummary(reader.GetString(offset), reader.GetInt32(offset + 1), reader.GetInt32(offset + 2));
}
