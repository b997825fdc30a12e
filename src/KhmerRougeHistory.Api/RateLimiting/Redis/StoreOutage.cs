namespace KhmerRougeHistory.Api.RateLimiting.Redis;

/// <summary>Since when the shared store has not answered, and why (a short reason, never a server's address or password).</summary>
internal sealed record StoreOutage(DateTimeOffset Since, string Reason);
