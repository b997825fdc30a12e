using System.ComponentModel.DataAnnotations;

namespace KhmerRougeHistory.Api.Limits;

/// <summary>
/// What one GraphQL request may ask for. Every refusal is a GraphQL error with a stable <c>extensions.code</c>,
/// given before anything executes (except the time-out). Defaults: a query text of at most
/// <see cref="MaxQueryLength"/> = 32,000 characters (<c>QUERY_TOO_LONG</c>) and <see cref="MaxTokens"/> = 1,000
/// tokens (<c>MAX_TOKENS_EXCEEDED</c>); fields nested at most <see cref="MaxDepth"/> = 10 deep and introspection
/// lists at most <see cref="MaxIntrospectionListDepth"/> = 2 deep (<c>MAX_DEPTH_EXCEEDED</c>); at most
/// <see cref="MaxAliases"/> = 30 aliases (<c>MAX_ALIASES_EXCEEDED</c>), <see cref="MaxDirectivesPerField"/> = 5
/// directives on one field (<c>MAX_DIRECTIVES_EXCEEDED</c>) and <see cref="MaxFragments"/> = 50 fragments
/// (<c>MAX_FRAGMENTS_EXCEEDED</c>); a field cost of at most <see cref="MaxFieldCost"/> = 5,000 and a type cost of
/// at most <see cref="MaxTypeCost"/> = 5,000 (<c>MAX_COST_EXCEEDED</c>), lists without paging arguments assumed
/// to hold <see cref="AssumedListSize"/> = 2 items; and <see cref="ExecutionTimeout"/> = 10 s
/// (<c>EXECUTION_TIMEOUT</c>, 504).
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>
    /// The longest query text, in characters, checked before anything else. Default: 32,000, sixteen times the
    /// longest query a known client sends (graphql-js's introspection query, 1,938 characters) and half of the
    /// 64 KiB request body, which leaves room for the variables.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxQueryLength { get; set; } = 32_000;

    /// <summary>
    /// The most lexical tokens (names, punctuators, values; comments are not counted) a query may have, counted
    /// with GraphQL-Parser's lexer before the query is parsed. Default: 1,000, graphql-armor's default: six times
    /// graphql-js's introspection query (165 tokens; Banana Cake Pop's has 141) and eight times the largest
    /// operation in <c>schema/operations</c> (Timeline, 115 tokens), while lexing a hostile document stops at
    /// token 1,001.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxTokens { get; set; } = 1_000;

    /// <summary>
    /// How deep fields may nest (<c>{ a { b } }</c> has depth 2); fragments count where they are spread. The
    /// subtrees of <c>__schema</c> and <c>__type</c> are not counted here but by
    /// <see cref="MaxIntrospectionListDepth"/>, since introspection queries nest type references 11 (Banana Cake
    /// Pop) to 15 (graphql-js) deep.
    /// Default: 10; the deepest operation in <c>schema/operations</c> has depth 7.
    /// </summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// How deep the introspection lists <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
    /// <c>inputFields</c> may nest inside <c>__schema</c> or <c>__type</c>, the one way introspection can grow
    /// without bound. Default: 2, as graphql-js's <c>MaxIntrospectionDepthRule</c> (which refuses 3); the
    /// introspection queries of Banana Cake Pop, graphql-js and graphql-codegen nest them 1 deep.
    /// </summary>
    [Range(1, 10)]
    public int MaxIntrospectionListDepth { get; set; } = 2;

    /// <summary>
    /// The most aliases in the operation, counting a fragment's aliases each time it is spread. Default: 30,
    /// twice graphql-armor's 15: the operations in <c>schema/operations</c> use at most 4, and 30 copies of one
    /// expensive field are already bounded by the cost limits.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// The most directives on one field, fragment spread, inline fragment, fragment or operation. Default: 5;
    /// a real selection carries <c>@include</c> or <c>@skip</c>, rarely both.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxDirectivesPerField { get; set; } = 5;

    /// <summary>
    /// The most fragment definitions in one document. Default: 50; introspection queries define 3, and clients
    /// that give each component its own fragment (Relay, graphql-codegen's fragment masking) rarely need more
    /// than a few dozen, while validation compares fragments pairwise.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxFragments { get; set; } = 50;

    /// <summary>
    /// The highest field cost a request may have: every field returning an object or a list weighs 1, scalars 0,
    /// multiplied by the sizes of the lists it sits in (HotChocolate's field cost). Default: 5,000, the same as
    /// <see cref="MaxTypeCost"/>; with these weights the field cost is rarely above the type cost (Timeline: 1,152).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxFieldCost { get; set; } = 5_000;

    /// <summary>
    /// The highest type cost a request may have: how many objects its response may hold, each list counted at
    /// its <c>first</c>/<c>last</c>, its <c>nodes(ids:)</c> count or <see cref="AssumedListSize"/>
    /// (HotChocolate's type cost). Default: 5,000, 2.7 times the most expensive operation in
    /// <c>schema/operations</c> (Timeline, 1,852: 50 events with 10 participants each; HotChocolate's default of
    /// 1,000 would refuse it) and 16 times the full introspection query (313). Two 50-item connections nested in
    /// each other (2,602) pass; three (132,602) are refused.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxTypeCost { get; set; } = 5_000;

    /// <summary>
    /// How many items cost analysis assumes a list without paging arguments holds (a person's names, a claim's
    /// citations). Default: 2: in the curated data such lists average 1.3 to 2 items (at most 18), and
    /// assuming 2 rather than HotChocolate's 1 keeps chains of plain lists from looking free.
    /// </summary>
    [Range(1, 100)]
    public int AssumedListSize { get; set; } = 2;

    /// <summary>
    /// How long one request may run, parsing to last resolver, before it is cancelled (the cancellation reaches
    /// a running SQLite or PostgreSQL statement) and answered 504 <c>EXECUTION_TIMEOUT</c>. Default: 10 s; the slowest
    /// operation in <c>schema/operations</c> takes milliseconds, so only a runaway request gets near it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
