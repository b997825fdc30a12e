using System.Runtime.InteropServices;
using System.Text;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// Texts the data path has decoded, found again by their UTF-8 bytes. The file never changes while served, so a text
/// read again (a source's key on every citation, a label on every page, the same answer for the next visitor) is the
/// same string: reading it again costs a hash and a comparison instead of a new string. Direct-mapped and bounded: a
/// slot keeps the last text hashed to it, so the cache never grows past its slots, and a collision only replaces one.
/// Keyed by content, it serves any database file alike. At most 16,384 texts of up to 512 bytes are kept (some
/// 25 MB at worst, a few MB for the curated data).
/// </summary>
internal static class DecodedTexts
{
    private const int SlotBits = 14;
    private const int Slots = 1 << SlotBits;

    // Longer texts (a page of description) are rare and seldom repeated; they are decoded every time.
    private const int MaxBytes = 512;

    private static readonly Entry?[] _slots = new Entry?[Slots];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        ref var slot = ref _slots[Slot(bytes)];
        var entry = Volatile.Read(ref slot);
        if (entry is not null && bytes.SequenceEqual(entry.Bytes))
        {
            return entry.Text;
        }

        var decoded = Encoding.UTF8.GetString(bytes);
        Volatile.Write(ref slot, new Entry(bytes.ToArray(), decoded));
        return decoded;
    }

    /// <summary>
    /// The slot of a text, from its length and three 8-byte samples (start, middle, end), so that a hit costs about one
    /// comparison of the bytes. Texts that differ only elsewhere share a slot and take turns: slower, never wrong.
    /// </summary>
    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        const ulong Mix = 0x9E3779B97F4A7C15;
        var hash = (ulong)bytes.Length * Mix;
        if (bytes.Length >= sizeof(ulong))
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes)) * Mix;
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..])) * Mix;
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes.Slice((bytes.Length - sizeof(ulong)) / 2, sizeof(ulong)))) * Mix;
        }
        else
        {
            foreach (var b in bytes)
            {
                hash = (hash ^ b) * Mix;
            }
        }

        // The top bits: a product's low bits depend only on its factors' low bits, so they would miss the samples' ends.
        return (int)(hash >> (64 - SlotBits));
    }

    // Immutable, so a reader on another thread sees a whole entry or the one before it.
    private sealed record Entry(byte[] Bytes, string Text);
}
