using System.Collections.Concurrent;
using System.Collections.Frozen;
using KhmerRougeHistory.Api.PersistedOperations;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Telemetry;

/// <summary>
/// Bounds the values of the <c>graphql.operation.name</c> metric tag. Operation names are chosen by clients, and each
/// distinct value is a time series: the names of the trusted documents always pass, then the first
/// <see cref="TelemetryOptions.MaxOperationNames"/> other names seen; later ones become <see cref="Other"/>. An
/// anonymous operation is <see cref="Unnamed"/>, a request whose operation never became known (a syntax error, an
/// unknown persisted query) <see cref="Unknown"/>. Spans carry the real name: they are not aggregated.
/// </summary>
internal sealed class OperationNameTag
{
    public const string Unnamed = "_UNNAMED";
    public const string Unknown = "_UNKNOWN";
    public const string Other = "_OTHER";

    private readonly FrozenSet<string> _trusted;
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly int _limit;

    /// <param name="options">The limit on other names.</param>
    /// <param name="trustedDocuments">Absent when persisted operations are not registered.</param>
    public OperationNameTag(IOptions<TelemetryOptions> options, TrustedDocuments? trustedDocuments = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.Value.MaxOperationNames;

        // Trusted documents are named after their operations (schema/operations/S21PrisonerCounts.graphql).
        _trusted = (trustedDocuments?.All.Select(d => d.Name) ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The tag value for an operation name taken from a parsed document (so it is a GraphQL name).</summary>
    public string For(string? operationName)
    {
        if (operationName is null)
        {
            return Unnamed;
        }

        if (_trusted.Contains(operationName) || _seen.ContainsKey(operationName))
        {
            return operationName;
        }

        // Racing requests may let a few more names in than the limit; the bound stays close, the lock-free path stays fast.
        if (_seen.Count < _limit && _seen.TryAdd(operationName, 0))
        {
            return operationName;
        }

        return _seen.ContainsKey(operationName) ? operationName : Other;
    }
}
