namespace KhmerRougeHistory.Api.Data.Sql;

/// <summary>Where the data path gets its connections: one implementation per database engine.</summary>
public interface IReadConnections
{
    ValueTask<ReadConnection> OpenAsync(CancellationToken cancellationToken);
}
