using System.Security.Cryptography;
using System.Text;

namespace KhmerRougeHistory.Api.Claims;

/// <summary>Deterministic IDs from content, so that re-importing the same data yields the same public IDs.</summary>
internal static class StableId
{
    public static string For(string prefix, params string?[] parts)
    {
        var canonical = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return prefix + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
