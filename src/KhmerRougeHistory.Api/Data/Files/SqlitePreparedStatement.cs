using System.Buffers;
using System.Globalization;
using System.Text;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KhmerRougeHistory.Api.Data.Files;

/// <summary>
/// One statement prepared on a kept connection, run again and again with new values: bound by index (the
/// <c>@p0</c>, <c>@p1</c>, ... of the data path, looked up once), read by <see cref="SqliteRowReader"/>, reset when its
/// rows are read. Used by one request at a time, like its connection. Binds what the data path's values are: text,
/// booleans (0 or 1), integers, reals and <see cref="DateOnly"/> (as <c>yyyy-MM-dd</c> text, as EF Core stores it);
/// anything else throws rather than be guessed.
/// </summary>
internal sealed class SqlitePreparedStatement : IDisposable
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    // What each parameter holds now (DBNull for NULL); null until first bound.
    private readonly object?[] _bound;

    public SqlitePreparedStatement(sqlite3 connection, string sql, int parameterCount)
    {
        _connection = connection;
        var rc = raw.sqlite3_prepare_v3(connection, sql, raw.SQLITE_PREPARE_PERSISTENT, out _statement, out var tail);
        SqliteException.ThrowExceptionForRC(rc, connection);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException("The data path runs one statement at a time; this text holds more: " + sql, nameof(sql));
        }

        _indexes = new int[parameterCount];
        _bound = new object?[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, SqlParameterList.Placeholder(i));
        }

        // A parameter the values do not cover would silently be NULL.
        if (raw.sqlite3_bind_parameter_count(_statement) > _indexes.Count(index => index > 0))
        {
            _statement.Dispose();
            throw new ArgumentException($"The statement has parameters that its {parameterCount} values (@p0 to @p{parameterCount - 1}) do not cover: " + sql, nameof(sql));
        }

        Handle = _statement.DangerousGetHandle();
    }

    /// <summary>How many times SQLite has prepared the statement again since it was first prepared (a diagnostic).</summary>
    internal int Reprepared => raw.sqlite3_stmt_status(_statement, StatusReprepare, 0);

    // SQLITE_STMTSTATUS_REPREPARE, which SQLitePCL does not name.
    private const int StatusReprepare = 5;

    /// <summary>The raw statement, valid until <see cref="Dispose"/>.</summary>
    public nint Handle { get; }

    /// <summary>Binds <paramref name="values"/> to <c>@p0</c>, <c>@p1</c>, ... and returns a reader of the rows.</summary>
    /// <remarks>
    /// Only values that differ from the ones still bound are bound again. SQLite marks a statement whose plan may
    /// depend on a parameter (a bound <c>LIMIT</c>, which its planner reads as a constant) expired whenever that
    /// parameter is bound or cleared, whatever the value, and then prepares it again on its next step: a page's
    /// statement was parsed and planned anew on every request.
    /// </remarks>
    public SqliteRowReader Run(IReadOnlyList<object?> values)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            var value = i < values.Count ? values[i] ?? DBNull.Value : DBNull.Value;
            if (!value.Equals(_bound[i]))
            {
                Bind(_indexes[i], value);
                _bound[i] = value;
            }
        }

        return new SqliteRowReader(this);
    }

    /// <summary>The next row (true), the end (false), or SQLite's error as a <see cref="SqliteException"/>.</summary>
    public bool Step()
    {
        var rc = SqliteNative.Step(Handle);
        if (rc == SqliteNative.Row)
        {
            return true;
        }

        if (rc != SqliteNative.Done)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection);
        }

        return false;
    }

    /// <summary>Ready to run again. The bound values stay (see <see cref="Run"/>): they are the statement's own copies of a few keys.</summary>
    public void Reset()
    {
        // A failed step's error comes back from reset too; it was thrown already.
        _ = SqliteNative.Reset(Handle);
    }

    public void Dispose() => _statement.Dispose();

    private unsafe void Bind(int index, object? value)
    {
        if (index == 0)
        {
            return;
        }

        var rc = value switch
        {
            null or DBNull => SqliteNative.BindNull(Handle, index),
            string text => BindText(index, text),
            bool flag => SqliteNative.BindInt64(Handle, index, flag ? 1 : 0),
            int number => SqliteNative.BindInt64(Handle, index, number),
            long number => SqliteNative.BindInt64(Handle, index, number),
            double number when !double.IsNaN(number) => SqliteNative.BindDouble(Handle, index, number),
            DateOnly date => BindText(index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"The data path binds no {value.GetType().Name} value."),
        };
        SqliteException.ThrowExceptionForRC(rc, _connection);
    }

    private unsafe int BindText(int index, string text)
    {
        // One byte more than the text: an empty text still has an address (a null one would bind NULL).
        var length = Encoding.UTF8.GetByteCount(text);
        var rented = length >= 512 ? ArrayPool<byte>.Shared.Rent(length + 1) : null;
        var utf8 = rented is null ? stackalloc byte[length + 1] : rented.AsSpan(0, length + 1);
        try
        {
            Encoding.UTF8.GetBytes(text, utf8);
            fixed (byte* bytes = utf8)
            {
                return SqliteNative.BindText(Handle, index, bytes, length, SqliteNative.Transient);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
