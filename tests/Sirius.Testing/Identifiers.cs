namespace Sirius.Testing;

/// <summary>Valid, distinct identifiers for tests.</summary>
public static class Identifiers
{
    private static int _next = Random.Shared.Next(1_000_000, 9_000_000);

    /// <summary>A fresh SIRET whose Luhn key is valid.</summary>
    public static string NewSiret()
    {
        var body = "8" + Interlocked.Increment(ref _next).ToString("D12", System.Globalization.CultureInfo.InvariantCulture)[..12];
        for (var last = 0; last <= 9; last++)
        {
            var candidate = body + last;
            if (LuhnValid(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
