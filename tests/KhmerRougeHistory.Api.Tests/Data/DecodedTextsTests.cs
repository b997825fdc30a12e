using System.Text;
using KhmerRougeHistory.Api.Data.Files;

namespace KhmerRougeHistory.Api.Tests.Data;

/// <summary>
/// Texts read from the file are decoded once and found again by their bytes (<see cref="DecodedTexts"/>): a text
/// read again is the same string, and every read, from any thread, is the text its bytes spell, whatever else
/// shares its slot.
/// </summary>
[Collection(Name)]
public sealed class DecodedTextsTests
{
    // The cache is the process's: tests of the API running beside these would take slots between two reads.
    public const string Name = "Decoded texts, alone";

    [Theory]
    [InlineData("source/dc-cam")]
    [InlineData("ទួលស្លែង")]
    [InlineData("")]
    public void AText_ReadAgain_IsTheSameString(string text)
    {
        var first = Decode(text);
        var again = Decode(text);

        Assert.Equal(text, first);
        Assert.Same(first, again);
    }

    [Fact]
    public void KeysThatDifferOnlyAtTheirEnd_KeepSlotsOfTheirOwn()
    {
        var keys = Enumerable.Range(0, 300).SelectMany(i => new[] { $"person/p-{i:D4}", $"claim/c-{i:D6}", $"citation/{i:D5}" }).ToList();
        var first = keys.ConvertAll(Decode);

        var kept = keys.Select((key, i) => ReferenceEquals(first[i], Decode(key))).Count(same => same);

        // Sampling only the low bits of the hash, keys like these shared a few dozen slots and almost none stayed.
        Assert.True(kept >= keys.Count * 8 / 10, $"{kept} of {keys.Count} read again as the same string");
    }

    [Fact]
    public void LongTexts_AreDecoded_NotKept()
    {
        var text = string.Concat(Enumerable.Repeat("សន្តិសុខ 21 ", 40));

        var first = Decode(text);

        Assert.Equal(text, first);
        Assert.NotSame(first, Decode(text));
    }

    [Fact]
    public void EveryRead_IsTheTextOfItsBytes_AcrossSlotsAndThreads()
    {
        // Far more texts than slots, so that many share one, read from several threads at once.
        var texts = Enumerable.Range(0, 50_000).Select(i => $"claim/{i:x8}-{(char)('ក' + (i % 30))}").ToArray();

        Parallel.For(0, 8, worker =>
        {
            for (var round = 0; round < 3; round++)
            {
                for (var i = worker; i < texts.Length; i += 8)
                {
                    Assert.Equal(texts[i], Decode(texts[i]));
                }
            }
        });
    }

    private static string Decode(string text) => DecodedTexts.Decode(Encoding.UTF8.GetBytes(text));
}
