using System.Globalization;
using System.Linq.Expressions;
using KhmerRougeHistory.Api.Data.Sql;
using Microsoft.Extensions.Options;

namespace KhmerRougeHistory.Api.Querying.Paging;

/// <summary>
/// Reads connections with SQL written from the entity's declarations: where → order (+ key) → keyset after the cursor
/// → one page plus one row → <see cref="PageCutter"/>. A root list, or the list of one parent, is a seek and a LIMIT;
/// the lists of several parents are paged in the same statement, each to its own page (on SQLite a correlated seek per
/// parent; on PostgreSQL, and for lists reached through a link table, <c>ROW_NUMBER() OVER (PARTITION BY parent …)</c>
/// over keys only), so a long child list costs a page, not the list, when an index holds the parent and the order.
/// <c>totalCount</c> is read only when selected: by key from the importer's counts when nothing but the counted column
/// narrows the list (<see cref="StoredTotals"/>, <see cref="ListCounts"/>), else a separate COUNT.
/// </summary>
public sealed class ConnectionReader(SqlRows sql, EntityTables tables, SqlPredicateWriter predicates, SqlDialect dialect, IOptions<PagingOptions> options)
{
    private const string Alias = "t";
    private const string LinkAlias = "l";

    // The distinct links of a batch, as a derived table: named apart from the link table inside it, so that a plan's
    // "SCAN ls" (rows already found) is not read as a scan of the link table.
    private const string LinksAlias = "ls";

    private readonly SqlWriting _writing = new(tables, predicates, dialect, options.Value.MaxSeparatePages, options.Value.MaxInListBranches);

    /// <summary>A root list: only the columns the query selects are read.</summary>
    public async Task<Connection<TEntity>> ReadAsync<TEntity>(
        ListSource<TEntity> source, EntityQuery<TEntity> query, ConnectionArguments arguments, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        var keyset = Keyset(query, arguments, query.Name);
        var projection = tables.For<TEntity>().Projection(query.ColumnsFor(arguments.SelectedFields, keyset.Keys));
        var statement = new Statement<TEntity>(_writing, source, query, arguments, keyset, parents: null);
        var rows = await sql.ReadAsync(statement.Page(projection.SelectList(Alias)), reader => projection.Read(reader), cancellationToken);
        int? total = arguments.IncludeTotalCount ? await TotalAsync(source, query, statement, cancellationToken) : null;
        return PageCutter.Cut(rows, arguments.Page, keyset, total);
    }

    /// <summary>A root list's total: the sum of stored counts when only the counted column narrows it (<see cref="StoredTotals"/>), else a COUNT.</summary>
    private async Task<int> TotalAsync<TEntity>(ListSource<TEntity> source, EntityQuery<TEntity> query, Statement<TEntity> statement, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (query.CountedBy is { CountName: { } name, ParentProperty: { } column }
            && StoredTotals.Values(column, source.Condition, statement.Filter) is { } values)
        {
            if (values.Count == 0)
            {
                return 0;
            }

            var table = tables.For<TEntity>();
            var keys = values.Select(value => table.ToProvider(column, value) as string).ToList();
            if (keys.TrueForAll(key => key is not null))
            {
                return (await sql.ReadAsync(ListCounts.Of(tables, name, keys!), reader => (int)reader.GetInt64(1), cancellationToken)).Sum();
            }
        }

        return (await sql.ReadAsync(statement.Count(), reader => (int)reader.GetInt64(0), cancellationToken))[0];
    }

    /// <summary>The lists of several parents, whole rows, each cut to its page; a parent without children gets an empty page.</summary>
    public async Task<IReadOnlyDictionary<string, Connection<TEntity>>> ReadChildrenAsync<TEntity>(
        ListSource<TEntity> source, IReadOnlyList<string> parents, EntityQuery<TEntity> query, ConnectionArguments arguments, string listName, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        var keyset = Keyset(query, arguments, query.Name + "/" + listName);
        var table = tables.For<TEntity>();
        parents = [.. parents.Distinct(StringComparer.Ordinal)];
        if (parents.Count == 0)
        {
            return new Dictionary<string, Connection<TEntity>>(StringComparer.Ordinal);
        }

        var statement = new Statement<TEntity>(_writing, source, query, arguments, keyset, parents);
        var byParent = parents.ToDictionary(p => p, _ => new List<TEntity>(), StringComparer.Ordinal);
        if (parents.Count == 1)
        {
            byParent[parents[0]].AddRange(await sql.ReadAsync(statement.Page(table.SelectList(Alias)), reader => table.Read(reader), cancellationToken));
        }
        else
        {
            foreach (var (parent, item) in await sql.ReadAsync(statement.Pages(table.SelectList(Alias)), reader => (reader.GetString(0), table.Read(reader, 1)), cancellationToken))
            {
                byParent[parent].Add(item);
            }
        }

        // A list the importer counted, asked without a filter: its counts are read by key, not counted again.
        var counted = arguments.Where is null && source.CountName is not null;
        var totals = arguments.IncludeTotalCount
            ? (await sql.ReadAsync(counted ? ListCounts.Of(tables, source.CountName!, parents) : statement.Counts(), reader => (Parent: reader.GetString(0), Count: (int)reader.GetInt64(1)), cancellationToken))
                .ToDictionary(c => c.Parent, c => c.Count, StringComparer.Ordinal)
            : null;
        return byParent.ToDictionary(
            pair => pair.Key,
            pair => PageCutter.Cut(pair.Value, arguments.Page, keyset, totals is null ? null : totals.GetValueOrDefault(pair.Key)),
            StringComparer.Ordinal);
    }

    /// <summary>The statement that counts every parent's list of <paramref name="source"/>: rows of parent key and count (what the importer stores).</summary>
    internal static SqlStatement CountsOfAllParents<TEntity>(SqlWriting writing, ListSource<TEntity> source)
        where TEntity : class =>
        new Statement<TEntity>(writing, source, query: null, arguments: null, keyset: null, parents: []).Counts();

    private static KeysetOrder<TEntity> Keyset<TEntity>(EntityQuery<TEntity> query, ConnectionArguments arguments, string listName)
        where TEntity : class =>
        new(query.Sort.Parse(arguments.Order), query.Key, listName);

    /// <summary>The SQL of one connection request: its FROM, its conditions and its order, written once and reused by the page and the count.</summary>
    /// <remarks>
    /// <paramref name="parents"/>: null for a root list, the parents of the batch, or none at all for every parent
    /// (the importer's counts). Without <paramref name="arguments"/> there is no filter, cursor or page.
    /// </remarks>
    private sealed class Statement<TEntity>(
        SqlWriting writing, ListSource<TEntity> source, EntityQuery<TEntity>? query, ConnectionArguments? arguments, KeysetOrder<TEntity>? keyset, IReadOnlyList<string>? parents)
        where TEntity : class
    {
        private readonly ListSource<TEntity> _source = source;
        private readonly ConnectionArguments _arguments = arguments ?? _noArguments;
        private readonly KeysetOrder<TEntity>? _keyset = keyset;
        private readonly IReadOnlyList<string>? _parents = parents;
        private readonly EntityTable<TEntity> _table = writing.Tables.For<TEntity>();

        /// <summary>The client's <c>where</c> as a predicate, built once for the page and the count.</summary>
        public Expression<Func<TEntity, bool>>? Filter { get; } = arguments?.Where is { } where ? query!.Filter.Predicate(where) : null;

        private static readonly ConnectionArguments _noArguments = new(new PageRequest(1, false, null), null, null, new HashSet<string>(), false);

        // Several parents, or all of them: rows carry their parent and are grouped or numbered per parent.
        private bool Batched => _parents is not null && _parents.Count != 1;

        /// <summary>Root or one parent: seek, order, LIMIT.</summary>
        public SqlStatement Page(string selectList)
        {
            if (Filter is not null && InListBranches.Split(Filter, writing.MaxInListBranches) is { } branches)
            {
                return BranchPages(selectList, branches);
            }

            var parameters = new SqlParameterList();
            var (from, where) = FromWhere(parameters, keyset: true);
            var limit = parameters.Add(_arguments.Page.Size + 1);
            return new SqlStatement($"SELECT {selectList} FROM {from} WHERE {where} ORDER BY {OrderBy()} LIMIT {limit}", parameters.Values);
        }

        /// <summary>
        /// Several parents, each cut to a page and one row: one seek per parent joined by UNION ALL when configured
        /// (<see cref="SeparatePages"/>), else a correlated seek per parent where the engine has a row locator
        /// (<see cref="CorrelatedPages"/>), else each parent's rows numbered in the order and the first of each kept.
        /// </summary>
        public SqlStatement Pages(string selectList)
        {
            if (_source.Through is null && _parents!.Count <= writing.MaxSeparatePages)
            {
                return SeparatePages(selectList);
            }

            if (_source.Through is null && writing.Dialect.RowLocator is { } locator)
            {
                return CorrelatedPages(selectList, locator);
            }

            var parameters = new SqlParameterList();
            var (from, where) = FromWhere(parameters, keyset: true);
            var limit = parameters.Add(_arguments.Page.Size + 1);
            var parent = ParentExpression();

            // Only keys are numbered (an index often holds the parent, the order and the key), and only the rows of
            // the pages are read whole: a parent with thousands of children costs an index range, not their rows.
            var key = writing.Predicates.Column(_keyset!.Keys[^1].Field.Selector, Alias);
            return new SqlStatement(
                $"SELECT n.\"__parent\", {selectList} FROM (SELECT {parent} AS \"__parent\", {key} AS \"__key\", " +
                $"ROW_NUMBER() OVER (PARTITION BY {parent} ORDER BY {OrderBy()}) AS \"__row\" FROM {from} WHERE {where}) AS n " +
                $"JOIN {_table.Name} AS {Alias} ON {key} = n.\"__key\" WHERE n.\"__row\" <= {limit} ORDER BY n.\"__parent\", n.\"__row\"",
                parameters.Values);
        }

        /// <summary>
        /// Each parent's page found by a seek and LIMIT of its own, in one short statement: for each parent, a correlated
        /// subquery gives the row locators of its page (from an index that holds the parent, the order and the key),
        /// and only those rows are read. A parent with thousands of children costs a page, and the batch costs the sum
        /// of its pages, not a numbering of every child. The parents are padded as <see cref="PaddedParents"/> says.
        /// </summary>
        private SqlStatement CorrelatedPages(string selectList, string locator)
        {
            var parameters = new SqlParameterList();
            var parents = string.Join(", ", PaddedParents(parameters).Select(parent => "(" + parent + ")"));
            var (from, where) = FromWhere(parameters, keyset: true, parentFilter: false);
            var limit = parameters.Add(_arguments.Page.Size + 1);
            var order = OrderBy();
            var row = $"{Alias}.{locator}";

            // The subquery's alias is the outer one's too: inside it, every column of the conditions is its own row's.
            return new SqlStatement(
                $"WITH \"__parents\"(\"__parent\") AS (VALUES {parents}) SELECT p.\"__parent\", {selectList} FROM \"__parents\" AS p " +
                $"JOIN {_table.Name} AS {Alias} ON {row} IN (SELECT {row} FROM {from} WHERE {ParentExpression()} = p.\"__parent\" AND {where} ORDER BY {order} LIMIT {limit}) " +
                $"ORDER BY p.\"__parent\", {order}",
                parameters.Values);
        }

        /// <summary>
        /// One seek and LIMIT per parent, joined by UNION ALL: each parent costs a page however long its list (the
        /// numbered form reads every child of the batch). The parents are padded as <see cref="PaddedParents"/> says.
        /// </summary>
        private SqlStatement SeparatePages(string selectList)
        {
            var parameters = new SqlParameterList();
            var (from, where) = FromWhere(parameters, keyset: true, parentFilter: false);
            var limit = parameters.Add(_arguments.Page.Size + 1);
            var parent = ParentExpression();
            var order = OrderBy();
            var pages = PaddedParents(parameters).Select((key, i) =>
                Seek(i, $"{parent} AS \"__parent\", {selectList}", from, $"{parent} = {key} AND {where}", order, limit));
            return new SqlStatement(string.Join(" UNION ALL ", pages) + $" ORDER BY \"__parent\", {OrderBy(qualified: false)}", parameters.Values);
        }

        /// <summary>
        /// The parents' placeholders, their number rounded up to a power of two, the extra places asking for the NULL
        /// parent, which has no children: a few prepared texts serve every batch.
        /// </summary>
        private List<string> PaddedParents(SqlParameterList parameters)
        {
            var places = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)_parents!.Count);
            return [.. Enumerable.Range(0, places).Select(i => parameters.Add(i < _parents.Count ? _parents[i] : null))];
        }

        /// <summary>A filter with a short <c>in</c>: one seek and LIMIT per value (<see cref="InListBranches"/>), the page cut from their union.</summary>
        private SqlStatement BranchPages(string selectList, IReadOnlyList<Expression<Func<TEntity, bool>>> branches)
        {
            var parameters = new SqlParameterList();
            var limit = parameters.Add(_arguments.Page.Size + 1);
            var order = OrderBy();
            var pages = branches.Select((branch, i) =>
            {
                var (from, where) = FromWhere(parameters, keyset: true, filter: branch);
                return Seek(i, selectList, from, where, order, limit);
            });
            return new SqlStatement(string.Join(" UNION ALL ", pages) + $" ORDER BY {OrderBy(qualified: false)} LIMIT {limit}", parameters.Values);
        }

        /// <summary>One seek and LIMIT, as branch <paramref name="branch"/> of a UNION ALL: a subquery, since a branch takes no ORDER BY or LIMIT of its own.</summary>
        private static string Seek(int branch, string selectList, string from, string where, string order, string limit) =>
            $"SELECT * FROM (SELECT {selectList} FROM {from} WHERE {where} ORDER BY {order} LIMIT {limit}) AS p{branch.ToString(CultureInfo.InvariantCulture)}";

        public SqlStatement Count()
        {
            var parameters = new SqlParameterList();
            var (from, where) = FromWhere(parameters, keyset: false);
            return new SqlStatement($"SELECT COUNT(*) FROM {from} WHERE {where}", parameters.Values);
        }

        public SqlStatement Counts()
        {
            var parameters = new SqlParameterList();
            var (from, where) = FromWhere(parameters, keyset: false);
            if (!Batched)
            {
                return new SqlStatement($"SELECT {parameters.Add(_parents![0])}, COUNT(*) FROM {from} WHERE {where}", parameters.Values);
            }

            var parent = ParentExpression();
            return new SqlStatement($"SELECT {parent}, COUNT(*) FROM {from} WHERE {where} GROUP BY {parent}", parameters.Values);
        }

        private (string From, string Where) FromWhere(SqlParameterList parameters, bool keyset, bool parentFilter = true, Expression<Func<TEntity, bool>>? filter = null)
        {
            var from = $"{_table.Name} AS {Alias}";
            var conditions = new List<string>();
            if (_table.TypeCondition is { } type)
            {
                conditions.Add(string.Format(CultureInfo.InvariantCulture, type, Alias));
            }

            if (_parents is not null && parentFilter)
            {
                from = Parents(from, parameters, conditions);
            }

            if (_source.Condition is { } own)
            {
                conditions.Add(writing.Predicates.Write(own, Alias, parameters));
            }

            if ((filter ?? Filter) is { } clientFilter)
            {
                conditions.Add(writing.Predicates.Write(clientFilter, Alias, parameters));
            }

            if (keyset && _arguments.Page.Cursor is { } cursor)
            {
                var (values, key) = CursorCodec.Decode(cursor, _keyset!.Signature, _keyset.ValueTypes);
                conditions.Add(writing.Predicates.Write(_keyset.After(values, key, reverse: _arguments.Page.Backward), Alias, parameters));
            }

            return (from, conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions));
        }

        /// <summary>Narrows the rows to the parents': a column of the child, or the link table (joined distinct when batched, EXISTS for one parent).</summary>
        private string Parents(string from, SqlParameterList parameters, List<string> conditions)
        {
            var parents = _parents!;
            var keys = string.Join(", ", parents.Select(parameters.Add));
            var every = parents.Count == 0;
            if (_source.Through is not { } link)
            {
                var column = $"{Alias}.{_table.Column(_source.ParentProperty ?? throw new InvalidOperationException("A child list names its parent property or link."))}";
                // Every parent's list (the importer's counts): a row without a parent is in no list.
                conditions.Add(every ? $"{column} IS NOT NULL" : Batched ? $"{column} IN ({keys})" : $"{column} = {keys}");

                return from;
            }

            var linkTable = writing.Tables.For(link.Table);
            var (child, parent, own) = (linkTable.Column(link.ChildProperty), linkTable.Column(link.ParentProperty), _table.Column(link.ChildKeyProperty));
            var linkCondition = link.Condition is { } condition ? writing.Predicates.Write(condition, LinkAlias, parameters) : null;
            if (!Batched)
            {
                conditions.Add($"EXISTS (SELECT 1 FROM {linkTable.Name} AS {LinkAlias} WHERE {LinkAlias}.{child} = {Alias}.{own} AND {LinkAlias}.{parent} = {keys}" +
                    (linkCondition is null ? ")" : $" AND {linkCondition})"));
                return from;
            }

            var linkConditions = new[] { every ? null : $"{LinkAlias}.{parent} IN ({keys})", linkCondition }.OfType<string>().ToList();
            return $"(SELECT DISTINCT {LinkAlias}.{parent} AS \"parent\", {LinkAlias}.{child} AS \"child\" FROM {linkTable.Name} AS {LinkAlias}" +
                (linkConditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", linkConditions)) + $") AS {LinksAlias} " +
                $"JOIN {from} ON {Alias}.{own} = {LinksAlias}.\"child\"";
        }

        private string ParentExpression() => _source.Through is null
            ? $"{Alias}.{_table.Column(_source.ParentProperty!)}"
            : $"{LinksAlias}.\"parent\"";

        /// <summary>The order's terms on the table's columns, or (<paramref name="qualified"/> false) on a result's column names.</summary>
        private string OrderBy(bool qualified = true) => string.Join(", ", _keyset!.Keys.Select(key =>
        {
            var column = writing.Predicates.Column(key.Field.Selector, Alias);
            return writing.Dialect.OrderTerm(qualified ? column : column[(Alias.Length + 1)..], key.Descending != _arguments.Page.Backward);
        }));
    }

}

/// <summary>What writing the data path's SQL needs: the model's tables, the predicate writer and the engine's dialect.</summary>
public sealed record SqlWriting(EntityTables Tables, SqlPredicateWriter Predicates, SqlDialect Dialect, int MaxSeparatePages = 0, int MaxInListBranches = 0);
