using Mono.Cecil;

namespace KhmerRougeHistory.Api.Tests.Architecture;

/// <summary>
/// Which types each type of an assembly uses, read from its IL: base type and interfaces, fields, properties, method
/// signatures, what method bodies touch, attributes, and the type arguments of all of those. Nested types (closures,
/// iterators, async state machines) count for the type that declares them.
/// </summary>
internal static class TypeReferences
{
    /// <summary>Each top-level type's full name, with the full names of the types it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return module.Types.ToDictionary(t => t.FullName, t => (IReadOnlySet<string>)Collect(t), StringComparer.Ordinal);
    }

    private static HashSet<string> Collect(TypeDefinition type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in WithNested(type))
        {
            Add(names, t.BaseType);
            t.Interfaces.ToList().ForEach(i => Add(names, i.InterfaceType));
            t.CustomAttributes.ToList().ForEach(a => Add(names, a.AttributeType));
            t.Fields.ToList().ForEach(f => Add(names, f.FieldType));
            t.Properties.ToList().ForEach(p => Add(names, p.PropertyType));
            foreach (var method in t.Methods)
            {
                Add(names, method.ReturnType);
                method.Parameters.ToList().ForEach(p => Add(names, p.ParameterType));
                method.CustomAttributes.ToList().ForEach(a => Add(names, a.AttributeType));
                if (!method.HasBody)
                {
                    continue;
                }

                method.Body.Variables.ToList().ForEach(v => Add(names, v.VariableType));
                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference referenced:
                            Add(names, referenced);
                            break;
                        case MethodReference called:
                            Add(names, called.DeclaringType);
                            Add(names, called.ReturnType);
                            if (called is GenericInstanceMethod generic)
                            {
                                generic.GenericArguments.ToList().ForEach(a => Add(names, a));
                            }

                            break;
                        case FieldReference field:
                            Add(names, field.DeclaringType);
                            Add(names, field.FieldType);
                            break;
                    }
                }
            }
        }

        return names;
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) => [type, .. type.NestedTypes.SelectMany(WithNested)];

    // A generic instance adds its definition and each argument; arrays and by-ref types their element.
    private static void Add(HashSet<string> names, TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(names, generic.ElementType);
                generic.GenericArguments.ToList().ForEach(a => Add(names, a));
                return;
            case TypeSpecification specification:
                Add(names, specification.ElementType);
                return;
            default:
                while (type.DeclaringType is { } outer)
                {
                    type = outer;
                }

                names.Add(type.FullName);
                return;
        }
    }
}
