using KhmerRougeHistory.Api.Search;

namespace KhmerRougeHistory.Api.Tests.Search;

public sealed class SearchTermsTests
{
    [Fact]
    public void Split_CutsAtSpacesAndPunctuation()
    {
        Assert.Equal(["Khmer", "People", "s", "S", "21"], SearchTerms.Split("  Khmer People’s (S-21)! "));
    }

    [Fact]
    public void Split_KeepsAccentsAndCombiningMarksInsideTheirWord()
    {
        Assert.Equal(["Tuól", "Tu\u0301ol", "ខ្មែរ"], SearchTerms.Split("Tuól Tu\u0301ol ខ្មែរ"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("() - ; : ^ \u0301")]
    public void Split_WithoutLettersOrDigits_ReturnsNoWords(string text)
    {
        Assert.Empty(SearchTerms.Split(text));
    }

    [Fact]
    public void ToMatchExpression_QuotesEveryWordAsARequiredPrefix()
    {
        Assert.Equal("\"pol\"* AND \"pot\"*", SearchTerms.ToMatchExpression(SearchTerms.Split("pol pot")));
    }

    [Fact]
    public void ToMatchExpression_TurnsFtsOperatorsIntoPlainWords()
    {
        Assert.Equal(
            "\"pol\"* AND \"OR\"* AND \"NEAR\"* AND \"duch\"* AND \"Label\"* AND \"x\"*",
            SearchTerms.ToMatchExpression(SearchTerms.Split("\"pol\" OR NEAR(duch*) {Label}: ^x")));
    }
}
