namespace Sirius.Establishments.Domain.Accounts;

public enum ScopeKind
{
    National,
    Region,
    Department,
    Sirets,
    Opco,
}

/// <summary>
/// What an observer may see: everything, a région or département (by code), a list of SIRETs, or an OPCO
/// (a list of RNCP codes).
/// </summary>
public sealed record ObserverScope(ScopeKind Kind, IReadOnlyList<string> Codes)
{
    public static readonly ObserverScope National = new(ScopeKind.National, []);

    public string Describe() => Kind switch
    {
        ScopeKind.National => "National",
        ScopeKind.Region => "Région " + string.Join(", ", Codes),
        ScopeKind.Department => "Département " + string.Join(", ", Codes),
        ScopeKind.Sirets => $"{Codes.Count} établissement(s)",
        _ => $"OPCO ({Codes.Count} code(s) RNCP)",
    };

    /// <summary>Stored as "Kind:code1,code2".</summary>
    public string Serialize() => $"{Kind}:{string.Join(',', Codes)}";

    public static ObserverScope Deserialize(string value)
    {
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        var kind = Enum.Parse<ScopeKind>(value[..separator]);
        var codes = value[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ObserverScope(kind, codes);
    }
}
