using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// The rows of a <see cref="SqlitePreparedStatement"/>, forward only, through the getters the data path uses: text,
/// integers, reals, booleans, NULL tests and <see cref="DateOnly"/> text; SQLite converts a column to the type asked,
/// as for Microsoft.Data.Sqlite's reader. Other getters throw <see cref="NotSupportedException"/> rather than guess.
/// A text column costs two calls into SQLite and a NULL test one, on the raw statement. Disposing resets the statement.
/// </summary>
internal sealed class SqliteRowReader(SqlitePreparedStatement statement) : DbDataReader
{
    private static readonly Task<bool> _true = Task.FromResult(true);
    private static readonly Task<bool> _false = Task.FromResult(false);

    private readonly nint _handle = statement.Handle;
    private readonly int _columns = SqliteNative.ColumnCount(statement.Handle);
    private bool _onRow;
    private bool _done;
    private bool _closed;

    /// <summary>The statement read (for diagnostics).</summary>
    internal SqlitePreparedStatement Statement => statement;

    public override int FieldCount => _columns;

    public override int RecordsAffected => -1;

    public override bool HasRows => throw new NotSupportedException("Read the rows instead.");

    public override bool IsClosed => _closed;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => throw new NotSupportedException("The data path reads columns by position.");

    public override bool Read()
    {
        ObjectDisposedException.ThrowIf(_closed, this);

        // Stepping a finished statement would make SQLite run it again from its first row.
        _onRow = !_done && statement.Step();
        _done = !_onRow;
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

        return DecodedTexts.Decode(new ReadOnlySpan<byte>(text, SqliteNative.ColumnBytes(_handle, ordinal)));
    }

    public override long GetInt64(int ordinal) => IsDBNull(ordinal) ? throw Null(ordinal, typeof(long)) : SqliteNative.ColumnInt64(_handle, ordinal);

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    public override double GetDouble(int ordinal) => IsDBNull(ordinal) ? throw Null(ordinal, typeof(double)) : SqliteNative.ColumnDouble(_handle, ordinal);

    public override T GetFieldValue<T>(int ordinal) =>
        typeof(T) == typeof(string) ? (T)(object)GetString(ordinal)
        : typeof(T) == typeof(long) ? (T)(object)GetInt64(ordinal)
        : typeof(T) == typeof(int) ? (T)(object)GetInt32(ordinal)
        : typeof(T) == typeof(double) ? (T)(object)GetDouble(ordinal)
        : typeof(T) == typeof(bool) ? (T)(object)GetBoolean(ordinal)
        : typeof(T) == typeof(DateOnly) ? (T)(object)DateOnly.Parse(GetString(ordinal), CultureInfo.InvariantCulture)
        : throw Unsupported(typeof(T).Name);

    public override object GetValue(int ordinal) => Type(ordinal) switch
    {
        SqliteNative.Null => DBNull.Value,
        SqliteNative.Integer => GetInt64(ordinal),
        SqliteNative.Float => GetDouble(ordinal),
        SqliteNative.Text => GetString(ordinal),
        _ => throw Unsupported("blob"),
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
        SqliteNative.Integer => typeof(long),
        SqliteNative.Float => typeof(double),
        SqliteNative.Text => typeof(string),
        _ => typeof(DBNull),
    };

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    public override string GetName(int ordinal) => throw new NotSupportedException("The data path reads columns by position.");

    public override int GetOrdinal(string name) => throw new NotSupportedException("The data path reads columns by position.");

    public override short GetInt16(int ordinal) => throw Unsupported(nameof(Int16));

    public override byte GetByte(int ordinal) => throw Unsupported(nameof(Byte));

    public override float GetFloat(int ordinal) => throw Unsupported(nameof(Single));

    public override decimal GetDecimal(int ordinal) => throw Unsupported(nameof(Decimal));

    public override DateTime GetDateTime(int ordinal) => throw Unsupported(nameof(DateTime));

    public override char GetChar(int ordinal) => throw Unsupported(nameof(Char));

    public override Guid GetGuid(int ordinal) => throw Unsupported(nameof(Guid));

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw Unsupported("blob");

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw Unsupported("chunks of text");

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

    // Guards every read: SQLite answers a read off a row, or past the last column, with NULL, where a mistake should show.
    private int Column(int ordinal)
    {
        if (!_onRow || _closed)
        {
            throw new InvalidOperationException("No current row: call Read() first.");
        }

        return (uint)ordinal < (uint)_columns ? ordinal : throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"The statement has {_columns} columns.");
    }

    private static NotSupportedException Unsupported(string what) => new($"The SQLite data path reads no {what} values.");

    // As Microsoft.Data.Sqlite's reader: a getter called on NULL is a mistake of the caller, who should test IsDBNull.
    private static InvalidOperationException Null(int ordinal, Type type) => new($"Column {ordinal} is NULL: it cannot be read as {type.Name}; test IsDBNull first.");
}
