namespace KhmerRougeHistory.Api.Dates;

/// <summary>Thrown when a text is not a date of the EDTF subset we accept (see src/data/README.md).</summary>
public sealed class EdtfFormatException(string message) : FormatException(message);
