namespace KhmerRougeHistory.Api.Claims;

/// <summary>Parses an enum member of the curated data by its exact name; numbers and unknown names are refused.</summary>
internal static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text![0]) && text[0] != '-';

    public static string Expected<TEnum>(string? text)
        where TEnum : struct, Enum =>
        $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.";
}
