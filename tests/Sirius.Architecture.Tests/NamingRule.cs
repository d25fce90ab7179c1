using MediatR;
using Sirius.BuildingBlocks;

namespace Sirius.Architecture.Tests;

/// <summary>
/// A use case is found by its name: the handler of a request is <c>&lt;Request&gt;Handler</c> in <c>&lt;Request&gt;.cs</c>;
/// the handler of an integration event is <c>On&lt;Event&gt;</c> in <c>On&lt;Event&gt;.cs</c>, in an <c>IntegrationEvents</c> namespace.
/// </summary>
internal static class NamingRule
{
    /// <summary>Each handler whose name, namespace or source file is not the one its request or event gives it.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<Type> types, string sourceDirectory)
    {
        var files = Directory.EnumerateFiles(sourceDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToLookup(Path.GetFileNameWithoutExtension, StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (handler, name, file) in Handlers(types))
        {
            if (handler.Name != name)
                violations.Add($"{handler.FullName}: to be named {name}");
            else if (name.StartsWith("On", StringComparison.Ordinal) && !handler.Namespace!.EndsWith(".IntegrationEvents", StringComparison.Ordinal))
                violations.Add($"{handler.FullName}: to be in an IntegrationEvents namespace");
            else if (!files[file].Any(f => File.ReadAllText(f).Contains($"class {handler.Name}", StringComparison.Ordinal)))
                violations.Add($"{handler.FullName}: to be declared in {file}.cs");
        }

        return violations;
    }

    /// <summary>Each concrete handler with the name and the file its request or event gives it.</summary>
    private static IEnumerable<(Type Handler, string Name, string File)> Handlers(IEnumerable<Type> types)
    {
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                var subject = contract.GetGenericArguments()[0].Name;
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IRequestHandler<>))
                    yield return (type, subject + "Handler", subject);
                else if (definition == typeof(IIntegrationEventHandler<>))
                    yield return (type, "On" + subject, "On" + subject);
            }
        }
    }
}
