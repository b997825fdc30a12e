using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace KhmerRougeHistory.Api.Tests.Http;

/// <summary>
/// graphql-dotnet's validator, counting how often it runs the spec's validation rules (with a cached document it
/// only coerces variables and runs the rules for cached documents).
/// </summary>
public sealed class CountingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private int _validations;

    public int Validations => Volatile.Read(ref _validations);

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules?.Contains(FieldsOnCorrectType.Instance) != false)
        {
            Interlocked.Increment(ref _validations);
        }

        return _inner.ValidateAsync(options);
    }
}
