using System.Text.Encodings.Web;
using System.Text.Json;

namespace KhmerRougeHistory.Api.Export;

/// <summary>
/// What <c>GET /export</c> answers: the data version and each file's name, media type, size (null when it is generated
/// as it is sent), URL and description, with how to cite and re-use. The URLs are paths on this server, so the listing
/// never repeats a <c>Host</c> header a cache could be made to keep. A few hundred bytes, built per request.
/// </summary>
internal sealed class ExportListing(ExportCatalog catalog, PathString folder)
    : SmallExportFile(ExportListing.ListingName, "application/json; charset=utf-8", "The export files of the current data version.", Describe(catalog, folder))
{
    public const string ListingName = "listing";

    public override bool IsDownload => false;

    private static byte[] Describe(ExportCatalog catalog, PathString folder)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("dataVersion", catalog.DataVersion);
            json.WriteString("reuse", DataPackageExport.ReuseNote);
            json.WriteStartArray("files");
            foreach (var file in catalog.Files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteString("mediaType", file.MediaType);
                if (file.Length is { } length)
                {
                    json.WriteNumber("size", length);
                }
                else
                {
                    json.WriteNull("size");
                }

                json.WriteString("url", folder.Add("/" + file.Name).ToUriComponent());
                json.WriteString("description", file.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
