using System.Text.Json.Nodes;
using KhmerRougeHistory.Api.Import;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.Import;

/// <summary>Each kind of bad data stops the import with a message naming file, record and field, and leaves no database.</summary>
public sealed class BadDataTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CuratedDataCopy _data;

    public BadDataTests() => _data = new CuratedDataCopy(_temp);

    private static string ClaimsFile => CuratedDataCopy.FirstClaimsFile;

    [Fact]
    public async Task UnknownField_IsRejected()
    {
        _data.Edit("persons.json", n => n[0]!["nickname"] = "x");

        await AssertRejectedAsync("persons.json: at $[0].nickname", "unknown field 'nickname'");
    }

    [Fact]
    public async Task MissingRequiredField_IsRejected()
    {
        _data.Edit("sites.json", n => n[0]!.AsObject().Remove("description"));

        await AssertRejectedAsync("sites.json: at $[0]", "description");
    }

    [Fact]
    public async Task DanglingSubject_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]![0]!["subject"] = "person/nobody");

        await AssertRejectedAsync($"{ClaimsFile}: claims[0] (person/nobody", "field 'subject': 'person/nobody' is not a known entity");
    }

    [Fact]
    public async Task DanglingEntityValue_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]!.AsArray().Add(NewClaim("person/pol-pot", "MemberOf", new JsonObject { ["entity"] = "organization/nobody" })));

        await AssertRejectedAsync($"{ClaimsFile}: claims[", "field 'value.entity': 'organization/nobody' is not a known entity");
    }

    [Fact]
    public async Task ClaimWithoutCitation_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]![0]!["quote"] = "");

        await AssertRejectedAsync($"{ClaimsFile}: claims[0]", "field 'quote': must not be empty");
    }

    [Fact]
    public async Task QuoteOver300Characters_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]![0]!["quote"] = new string('x', 301));

        await AssertRejectedAsync($"{ClaimsFile}: claims[0]", "field 'quote': 301 characters; at most 300 are allowed");
    }

    [Fact]
    public async Task DuplicateKey_IsRejected()
    {
        _data.Edit("persons.json", n => n.AsArray().Add(n[0]!.DeepClone()));

        await AssertRejectedAsync("persons.json: [", "field 'key': duplicate key");
    }

    [Fact]
    public async Task MalformedDate_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]!.AsArray().Add(NewClaim("person/pol-pot", "BirthDate", new JsonObject { ["date"] = "May 19, 1925" })));

        await AssertRejectedAsync($"{ClaimsFile}: claims[", "field 'value.date': 'May 19, 1925' is not a supported EDTF date");
    }

    [Fact]
    public async Task ValueOfTheWrongKind_IsRejected()
    {
        _data.Edit(ClaimsFile, n => n["claims"]!.AsArray().Add(NewClaim("site/s-21", "PrisonerCount", new JsonObject { ["text"] = "many" })));

        await AssertRejectedAsync($"{ClaimsFile}: claims[", "field 'value': the property takes a quantity value, not a text");
    }

    [Fact]
    public async Task UnknownKind_IsRejected()
    {
        _data.Edit("events.json", n => n[0]!["kind"] = "Party");

        await AssertRejectedAsync("events.json: [0]", "field 'kind': 'Party' is not one of");
    }

    [Fact]
    public async Task LabelThatNoSourceUses_IsRejected()
    {
        _data.Edit("persons.json", n => n[0]!["label"] = "An Invented Name");

        await AssertRejectedAsync("persons.json: [0]", "field 'label': 'An Invented Name' is not a cited Name of this entity");
    }

    [Fact]
    public async Task EqualValuesWrittenDifferently_AreRejected()
    {
        // Two claims of one text in other capitals would never corroborate each other.
        _data.Edit(ClaimsFile, n =>
        {
            n["claims"]!.AsArray().Add(NewClaim("person/pol-pot", "Occupation", new JsonObject { ["text"] = "Schoolteacher" }));
            n["claims"]!.AsArray().Add(NewClaim("person/pol-pot", "Occupation", new JsonObject { ["text"] = "schoolteacher" }));
        });

        await AssertRejectedAsync($"{ClaimsFile}: claims[", "field 'value': 'schoolteacher' is the value 'Schoolteacher' of another claim about person/pol-pot, written differently");
    }

    [Fact]
    public async Task OnePassageReadTwoWays_IsRejected()
    {
        // The same quote cited for one value as "about" and as "more than": one reading would be lost.
        JsonObject Count(string certainty) => NewClaim("site/s-21", "PrisonerCount", new JsonObject
        {
            ["quantity"] = new JsonObject { ["amount"] = 30000, ["certainty"] = certainty, ["unit"] = "person" },
        });
        _data.Edit(ClaimsFile, n =>
        {
            n["claims"]!.AsArray().Add(Count("Approximate"));
            n["claims"]!.AsArray().Add(Count("AtLeast"));
        });

        await AssertRejectedAsync($"{ClaimsFile}: claims[", "the same passage is cited for this claim elsewhere in the file with another certainty or validity");
    }

    [Fact]
    public async Task TwoSourcesThatReadAlike_AreRejected()
    {
        // The NEW YEAR BABY page and Asia Highlights' page are both titled "The Khmer Rouge": only the site tells them apart.
        _data.Edit("sources.json", n => n.AsArray().First(s => (string?)s!["publisher"] == "NEW YEAR BABY")!["publisher"] = "Asia Highlights");

        await AssertRejectedAsync("sources.json: [", "field 'title': 'The Khmer Rouge (Asia Highlights)' is how 'source/");
    }

    [Fact]
    public async Task InvalidJson_IsRejectedWithItsLine()
    {
        _data.Write("organizations.json", "[\n  { \"key\": \n");

        await AssertRejectedAsync("organizations.json: at $", "(line ");
    }

    [Fact]
    public async Task StrayFile_IsRejected()
    {
        _data.Write("people.json", "[]");

        await AssertRejectedAsync("people.json: unknown data file", "");
    }

    [Fact]
    public async Task FailedImport_LeavesTheExistingDatabaseUntouched()
    {
        var output = _temp.File("history.db");
        await HistoryImporter.ImportAsync(RepositoryPaths.DataDirectory, output, TimeProvider.System);
        var before = File.ReadAllBytes(output);
        _data.Edit("persons.json", n => n[0]!["kind"] = "Nobody");

        await Assert.ThrowsAsync<ImportException>(() => HistoryImporter.ImportAsync(_data.Directory, output, TimeProvider.System));

        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.False(File.Exists(output + ".building"));
    }

    private async Task AssertRejectedAsync(string location, string problem)
    {
        var output = _temp.File("history.db");

        var error = await Assert.ThrowsAsync<ImportException>(() => HistoryImporter.ImportAsync(_data.Directory, output, TimeProvider.System));

        Assert.Contains(error.Problems, p => p.Contains(location, StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
        Assert.False(File.Exists(output), "a failed import must leave no database behind");
        Assert.False(File.Exists(output + ".building"), "a failed import must leave no partial file behind");
    }

    private static JsonObject NewClaim(string subject, string property, JsonObject value) => new()
    {
        ["subject"] = subject,
        ["property"] = property,
        ["value"] = value,
        ["quote"] = "A quote.",
        ["section"] = "(top of page)",
    };

    public void Dispose() => _temp.Dispose();
}
