using GraphQL.Execution;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>graphql-dotnet's parser, counting how often it runs.</summary>
public sealed class CountingDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _inner = new();
    private int _parses;

    public int Parses => Volatile.Read(ref _parses);

    public GraphQLDocument Build(string body)
    {
        Interlocked.Increment(ref _parses);
        return _inner.Build(body);
    }
}
