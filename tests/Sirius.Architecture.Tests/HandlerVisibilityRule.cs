using FluentValidation;
using MediatR;
using Sirius.BuildingBlocks;

namespace Sirius.Architecture.Tests;

/// <summary>Handlers and validators are internal sealed: a module is used through the mediator, never by calling them.</summary>
internal static class HandlerVisibilityRule
{
    private static readonly Type[] Kinds = [typeof(IRequestHandler<,>), typeof(IIntegrationEventHandler<>), typeof(IValidator<>)];

    public static IReadOnlyList<string> Violations(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(IsHandlerOrValidator))
            .Where(t => t.IsVisible || !t.IsSealed)
            .Select(t => t.FullName!)
            .ToList();

    private static bool IsHandlerOrValidator(Type contract) =>
        contract.IsGenericType && Kinds.Contains(contract.GetGenericTypeDefinition());
}
