using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Sirius.Architecture.Tests;

/// <summary>
/// Finds every use of an EF Core type in an assembly's IL, where NetArchTest does not look: base types, interfaces,
/// attributes, fields, properties, method signatures, locals, catch clauses and the members each instruction names.
/// Compiler-generated types (async state machines, lambdas' closures) are read too and reported as their outer type.
/// </summary>
internal static class PersistenceFreeRule
{
    private const string EfCore = "Microsoft.EntityFrameworkCore";

    public static IReadOnlyList<string> Violations(string assemblyPath, Func<TypeDefinition, bool>? select = null)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        return assembly.MainModule.GetTypes()
            .Where(t => select is null || select(Outermost(t)))
            .SelectMany(t => Uses(t).Where(IsEfCore).Select(use => $"{Outermost(t).FullName}: {use.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);

    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var use in type.Interfaces.Select(i => i.InterfaceType)
                     .Concat(Attributes(type))
                     .Concat(type.Fields.Select(f => f.FieldType))
                     .Concat(type.Properties.Select(p => p.PropertyType))
                     .Concat(type.Methods.SelectMany(MethodUses)))
        {
            yield return use;
        }
    }

    private static IEnumerable<TypeReference> MethodUses(MethodDefinition method)
    {
        foreach (var use in Signature(method).Concat(Attributes(method)))
        {
            yield return use;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var local in method.Body.Variables)
        {
            yield return local.VariableType;
        }

        foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.HandlerType == ExceptionHandlerType.Catch))
        {
            yield return handler.CatchType;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            var operands = instruction.Operand switch
            {
                MethodReference called => Signature(called),
                FieldReference field => [field.DeclaringType, field.FieldType],
                TypeReference named => [named],
                _ => [],
            };
            foreach (var use in operands)
            {
                yield return use;
            }
        }
    }

    private static IEnumerable<TypeReference> Signature(MethodReference method) =>
        new[] { method.DeclaringType, method.ReturnType }
            .Concat(method.Parameters.Select(p => p.ParameterType))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments : []);

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.Select(a => a.AttributeType);

    /// <summary>The type itself, or any type it is built from: generic arguments, array or by-ref element, declaring type.</summary>
    private static bool IsEfCore(TypeReference type) => type switch
    {
        GenericInstanceType generic => IsEfCore(generic.ElementType) || generic.GenericArguments.Any(IsEfCore),
        TypeSpecification specification => IsEfCore(specification.ElementType),
        GenericParameter => false,
        { DeclaringType: { } outer } => IsEfCore(outer),
        _ => type.Namespace == EfCore || type.Namespace.StartsWith(EfCore + ".", StringComparison.Ordinal),
    };
}
