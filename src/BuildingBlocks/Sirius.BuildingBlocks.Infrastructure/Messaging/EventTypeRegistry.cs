using System.Reflection;
using System.Text.Json;

namespace Sirius.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Maps the type key stored in an outbox row back to the event's CLR type.</summary>
public sealed class EventTypeRegistry
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public static string KeyOf(Type eventType) => eventType.FullName!;

    public void AddFrom(Assembly contractsAssembly)
    {
        foreach (var type in contractsAssembly.GetExportedTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t)))
        {
            _types[KeyOf(type)] = type;
        }
    }

    public void Add(Type eventType) => _types[KeyOf(eventType)] = eventType;

    public IIntegrationEvent Deserialize(string key, string payload) =>
        _types.TryGetValue(key, out var type)
            ? (IIntegrationEvent)JsonSerializer.Deserialize(payload, type, JsonOptions)!
            : throw new InvalidOperationException($"Unknown integration event type '{key}'.");
}
