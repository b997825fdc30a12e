using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// Validates a request that runs no validation rule (a document from <see cref="DocumentCache"/>, validated when it
/// was cached) as graphql-dotnet's validator would, from a <see cref="PreparedOperation"/> kept with its operation:
/// the same variables, argument values, directive values and errors, without walking the document again. Requests
/// with rules go to the registered validator. Each prepared operation lives as long as its document.
/// </summary>
internal sealed class CachedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, PreparedOperation> _prepared = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is null || options.Rules.Any())
        {
            return inner.ValidateAsync(options);
        }

        options.Schema.Initialize();
        if (!_prepared.TryGetValue(options.Operation, out var prepared) || prepared.Schema != options.Schema)
        {
            prepared = new PreparedOperation(options.Schema, options.Document, options.Operation);
            _prepared.AddOrUpdate(options.Operation, prepared);
        }

        return prepared.ValidateAsync(options);
    }
}
