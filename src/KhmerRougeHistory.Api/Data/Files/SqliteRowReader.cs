using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// The rows of a <see cref="SqlitePreparedStatement"/>, forward only, through the getters the data path uses (text,
/// integers, reals, NULL tests); SQLite converts a column to the type asked, as Microsoft.Data.Sqlite's reader does.
/// A text column costs two calls into SQLite and a NULL test one, on the raw statement. Disposing resets the statement.
/// </summary>
internal sealed class SqliteRowReader(SqlitePreparedStatement statement) : DbDataReader
{
    private static readonly Task<bool> _true = Task.FromResult(true);
    private static readonly Task<bool> _false = Task.FromResult(false);

    private readonly nint _handle = statement.Handle;
    private bool _onRow;
    private bool _closed;

    public override int FieldCount => SqliteNative.ColumnCount(_handle);

    public override int RecordsAffected => -1;

    public override bool HasRows => throw new NotSupportedException("Read the rows instead.");

    public override bool IsClosed => _closed;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => throw new NotSupportedException("The data path reads columns by position.");

    public override bool Read()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _onRow = statement.Step();
        return _onRow;
    }

    public override Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Read() ? _true : _false;
    }

    public override bool NextResult() => false;

    public override bool IsDBNull(int ordinal) => Type(ordinal) == SqliteNative.Null;

    public override unsafe string GetString(int ordinal)
    {
        var text = SqliteNative.ColumnText(_handle, Column(ordinal));
        if (text is null)
        {
            throw Null(ordinal, typeof(string));
        }

        return Encoding.UTF8.GetString(text, SqliteNative.ColumnBytes(_handle, ordinal));
    }

    public override long GetInt64(int ordinal) => IsDBNull(ordinal) ? throw Null(ordinal, typeof(long)) : SqliteNative.ColumnInt64(_handle, ordinal);

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override short GetInt16(int ordinal) => checked((short)GetInt64(ordinal));

    public override byte GetByte(int ordinal) => checked((byte)GetInt64(ordinal));

    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    public override double GetDouble(int ordinal) => IsDBNull(ordinal) ? throw Null(ordinal, typeof(double)) : SqliteNative.ColumnDouble(_handle, ordinal);

    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    public override decimal GetDecimal(int ordinal) => decimal.Parse(GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public override DateTime GetDateTime(int ordinal) => DateTime.Parse(GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public override T GetFieldValue<T>(int ordinal) => typeof(T) == typeof(DateOnly)
        ? (T)(object)DateOnly.ParseExact(GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : typeof(T) == typeof(DateTimeOffset)
            ? (T)(object)DateTimeOffset.Parse(GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : (T)Convert.ChangeType(GetValue(ordinal), Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);

    public override object GetValue(int ordinal) => Type(ordinal) switch
    {
        SqliteNative.Null => DBNull.Value,
        1 => GetInt64(ordinal),
        2 => GetDouble(ordinal),
        _ => GetString(ordinal),
    };

    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override Type GetFieldType(int ordinal) => Type(ordinal) switch
    {
        1 => typeof(long),
        2 => typeof(double),
        _ => typeof(string),
    };

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    public override string GetName(int ordinal) => throw new NotSupportedException("The data path reads columns by position.");

    public override int GetOrdinal(string name) => throw new NotSupportedException("The data path reads columns by position.");

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override Guid GetGuid(int ordinal) => Guid.Parse(GetString(ordinal));

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        throw new NotSupportedException("The data path reads no blobs.");

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        throw new NotSupportedException("The data path reads whole texts.");

    public override IEnumerator GetEnumerator() => throw new NotSupportedException("Read the rows with Read().");

    public override void Close()
    {
        if (!_closed)
        {
            _closed = true;
            statement.Reset();
        }
    }

    protected override void Dispose(bool disposing)
    {
        Close();
        base.Dispose(disposing);
    }

    private int Type(int ordinal) => SqliteNative.ColumnType(_handle, Column(ordinal));

    // Guards every read: SQLite answers a column read off a row with NULL, where a mistake should show.
    private int Column(int ordinal) => _onRow && !_closed ? ordinal : throw new InvalidOperationException("No current row: call Read() first.");

    // As Microsoft.Data.Sqlite's reader: a getter called on NULL is a mistake of the caller, who should test IsDBNull.
    private static InvalidOperationException Null(int ordinal, Type type) => new($"Column {ordinal} is NULL: it cannot be read as {type.Name}; test IsDBNull first.");
}
