using System.Text;
using KhmerRougeHistory.Api.Tests.Infrastructure;

namespace KhmerRougeHistory.Api.Tests.EndToEnd.Processes;

/// <summary>
/// The operations of <c>schema/operations/</c>, read from the files, each with its default variables and with other
/// real variables: what clients of the API send.
/// </summary>
public static class RealOperations
{
    public static IReadOnlyList<RealOperation> All { get; } =
    [
        Operation("S21PrisonerCounts"),
        Operation("S21PrisonerCounts", new() { ["site"] = Id("Site:site/choeung-ek") }),
        Operation("PersonNames"),
        Operation("PersonNames", new() { ["person"] = Id("Person:person/pol-pot") }),
        Operation("Search"),
        Operation("Search", new() { ["text"] = "kang kek", ["first"] = 5 }),
        Operation("Timeline"),
        Operation("Timeline", new() { ["from"] = "1975-04-17", ["to"] = "1979-01-07", ["first"] = 20 }),
        Operation("Disputes", new() { ["first"] = 10 }),
        Operation("Memberships"),
        Operation("SourceStatements"),
        Operation("SourceStatements", new() { ["source"] = Id("Source:source/killing-fields-s21-history"), ["first"] = 10 }),
    ];

    private static RealOperation Operation(string name, Dictionary<string, object?>? variables = null) =>
        new(name, DocumentedOperations.Text(name), variables);

    // The API's global IDs are base64 of "Type:key".
    private static string Id(string typeAndKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(typeAndKey));
}
