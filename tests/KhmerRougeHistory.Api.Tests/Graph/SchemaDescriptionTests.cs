using GraphQL.Types;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Graph;

/// <summary>The schema is the public documentation: every type, field, argument and enum value says what it is.</summary>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class SchemaDescriptionTests(CuratedDatabase database) : IDisposable
{
    private readonly HistoryApiFactory _factory = new(database.FilePath);

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var schema = _factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            Check(type.Description, type.Name, missing);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}", missing);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name})", missing);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(value.Description, $"{type.Name}.{value.Name}", missing);
                }
            }
        }

        Assert.True(missing.Count == 0, "Undocumented: " + string.Join(", ", missing));
    }

    private static bool IsBuiltInScalar(IGraphType type) => type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static void Check(string? description, string where, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            missing.Add(where);
        }
    }

    public void Dispose() => _factory.Dispose();
}
