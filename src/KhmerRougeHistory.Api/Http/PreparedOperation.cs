using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KhmerRougeHistory.Api.Http;

/// <summary>
/// What validating one operation with no rule needs from the document, found once: the sites where arguments are
/// parsed (<see cref="ArgumentSites"/>), and validation contexts that already know where each variable is used.
/// graphql-dotnet finds those usages again on every request (a walk of the whole operation with its type information,
/// 6 % of a short query's CPU) and keeps them only for the request; a kept <see cref="ValidationContext"/> keeps them,
/// so its <see cref="ValidationContext.GetVariablesValuesAsync"/> coerces the request's variables with graphql-dotnet's
/// own code and no walk.
/// </summary>
internal sealed class PreparedOperation
{
    // Requests that validate the same operation at the same moment; one more makes (and then keeps) another context.
    private readonly ValidationContext?[] _idle = new ValidationContext?[Environment.ProcessorCount];
    private readonly IReadOnlyList<ArgumentSites.Site> _sites;

    public PreparedOperation(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        Schema = schema;
        _sites = ArgumentSites.Of(schema, document, operation).All;
    }

    public ISchema Schema { get; }

    /// <summary>
    /// Coerces the variables, then parses the arguments and directives of every site, stopping where graphql-dotnet's
    /// validator stops (after variable errors), and returns what it would return with no rule.
    /// </summary>
    public async Task<IValidationResult> ValidateAsync(ValidationOptions options)
    {
        var context = Take() ?? new ValidationContext { Schema = options.Schema, Document = options.Document, Operation = options.Operation };
        Variables variables;
        List<ValidationError>? errors;
        context.Variables = options.Variables;
        try
        {
            (variables, errors) = await context.GetVariablesValuesAsync();
        }
        finally
        {
            // The context keeps the document's usages, never a request's values.
            context.Variables = null!;
            Return(context);
        }

        if (errors is not null)
        {
            return new ValidationResult(errors) { Variables = variables };
        }

        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments = null;
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives = null;
        foreach (var site in _sites)
        {
            try
            {
                if (site.Field is { } field)
                {
                    if (ExecutionHelper.GetArguments(site.Definition!.Arguments, field.Arguments, variables, options.Document, field, null) is { } values)
                    {
                        (arguments ??= []).Add(field, values);
                    }
                }
                else if (ExecutionHelper.GetDirectives(site.Directed!, variables, options.Schema, options.Document) is { } values)
                {
                    (directives ??= []).Add((ASTNode)site.Directed!, values);
                }
            }
            catch (ValidationError error)
            {
                (errors ??= []).Add(error);
            }
        }

        return new ValidationResult(errors ?? Enumerable.Empty<ValidationError>())
        {
            Variables = variables,
            ArgumentValues = arguments,
            DirectiveValues = directives,
        };
    }

    private ValidationContext? Take()
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Interlocked.Exchange(ref _idle[i], null) is { } context)
            {
                return context;
            }
        }

        return null;
    }

    private void Return(ValidationContext context)
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _idle[i], context, null) is null)
            {
                return;
            }
        }
    }
}
