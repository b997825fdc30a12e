using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Tests.Dates;

public sealed class EdtfParserTests
{
    [Theory]
    [InlineData("1925-05-19", "1925-05-19", "1925-05-19", DatePrecision.Day)]
    [InlineData("1979-01", "1979-01-01", "1979-01-31", DatePrecision.Month)]
    [InlineData("1928", "1928-01-01", "1928-12-31", DatePrecision.Year)]
    [InlineData("197X", "1970-01-01", "1979-12-31", DatePrecision.Decade)]
    [InlineData("19XX", "1900-01-01", "1999-12-31", DatePrecision.Century)]
    [InlineData("1979-21", "1979-03-01", "1979-05-31", DatePrecision.Season)]
    [InlineData("1979-24", "1979-12-01", "1980-02-29", DatePrecision.Season)]
    [InlineData("1979-41", "1979-07-01", "1979-12-31", DatePrecision.HalfYear)]
    [InlineData("1975/1979", "1975-01-01", "1979-12-31", DatePrecision.Year)]
    [InlineData("1965/1973", "1965-01-01", "1973-12-31", DatePrecision.Year)]
    [InlineData("1975-04-17/1979-01-07", "1975-04-17", "1979-01-07", DatePrecision.Day)]
    [InlineData("1975/1979-01", "1975-01-01", "1979-01-31", DatePrecision.Year)]
    public void Parse_GivesStrictBoundsAndPrecision(string edtf, string earliest, string latest, DatePrecision precision)
    {
        var date = EdtfParser.Parse(edtf);

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(edtf.Contains('/', StringComparison.Ordinal), date.IsInterval);
    }

    [Theory]
    [InlineData("1975~", true, false)]
    [InlineData("1975?", false, true)]
    [InlineData("1975%", true, true)]
    [InlineData("197X~", true, false)]
    [InlineData("1975", false, false)]
    public void Parse_ReadsQualifiers(string edtf, bool approximate, bool uncertain)
    {
        var date = EdtfParser.Parse(edtf);

        Assert.Equal(approximate, date.Approximate);
        Assert.Equal(uncertain, date.Uncertain);
    }

    [Theory]
    [InlineData("../1977", null, "1977-12-31")]
    [InlineData("1996/..", "1996-01-01", null)]
    [InlineData("/1977", null, "1977-12-31")]
    public void Parse_LeavesOpenOrUnknownEndsEmpty(string edtf, string? earliest, string? latest)
    {
        var date = EdtfParser.Parse(edtf);

        Assert.Equal(earliest is null ? null : DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(latest is null ? null : DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("May 19, 1925")]
    [InlineData("1925-13")]
    [InlineData("1925-02-30")]
    [InlineData("1925-05-19T10:00")]
    [InlineData("197X-05")]
    [InlineData("1979/1975")]
    [InlineData("../..")]
    [InlineData("1975/1976/1977")]
    [InlineData("0000")]
    [InlineData("late 1979")]
    public void Parse_RejectsWhatIsNotInTheSubset(string edtf)
    {
        var error = Assert.Throws<EdtfFormatException>(() => EdtfParser.Parse(edtf));

        Assert.Contains($"'{edtf}'", error.Message, StringComparison.Ordinal);
    }
}
