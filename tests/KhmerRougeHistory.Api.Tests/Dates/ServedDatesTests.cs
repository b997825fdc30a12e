using KhmerRougeHistory.Api.Dates;

namespace KhmerRougeHistory.Api.Tests.Dates;

/// <summary>The served data's dates are parsed once and kept; what is kept is what the parser gives, and a rejected text is never kept.</summary>
public sealed class ServedDatesTests
{
    [Theory]
    [InlineData("1975-04-17")]
    [InlineData("1975~/1979-01-07?")]
    [InlineData("../1979")]
    [InlineData("197X")]
    public void Parse_GivesTheParsersDate_AndKeepsIt(string edtf)
    {
        var first = ServedDates.Parse(edtf);
        var again = ServedDates.Parse(edtf);

        Assert.Equal(EdtfParser.Parse(edtf), first);
        Assert.Same(first, again);
        Assert.Same(first, ServedDates.Optional(edtf));
    }

    [Fact]
    public void Optional_OfNoText_IsNoDate() => Assert.Null(ServedDates.Optional(null));

    [Fact]
    public void Parse_OfARejectedText_ThrowsEveryTime()
    {
        Assert.Throws<EdtfFormatException>(() => ServedDates.Parse("1975-13-40"));
        Assert.Throws<EdtfFormatException>(() => ServedDates.Parse("1975-13-40"));
    }
}
