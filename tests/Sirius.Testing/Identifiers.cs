using Sirius.Establishments.Domain;

namespace Sirius.Testing;

/// <summary>Valid, distinct identifiers for tests.</summary>
public static class Identifiers
{
    private static int _next = Random.Shared.Next(1_000_000, 9_000_000);

    /// <summary>A fresh SIRET whose Luhn key is valid.</summary>
    public static string NewSiret()
    {
        var body = "8" + Interlocked.Increment(ref _next).ToString("D12", System.Globalization.CultureInfo.InvariantCulture)[..12];
        return Enumerable.Range(0, 10).Select(key => body + key).First(Siret.IsValid);
    }
}
