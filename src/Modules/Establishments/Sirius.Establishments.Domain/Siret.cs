namespace Sirius.Establishments.Domain;

/// <summary>A French establishment identifier: 14 digits whose Luhn checksum is valid (La Poste's use another rule).</summary>
public readonly record struct Siret
{
    private const string LaPosteSiren = "356000000";

    private Siret(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out Siret siret)
    {
        siret = default;
        var digits = Normalize(input);
        if (digits is null || !HasValidChecksum(digits))
        {
            return false;
        }

        siret = new Siret(digits);
        return true;
    }

    public static Siret Parse(string input) =>
        TryParse(input, out var siret) ? siret : throw new FormatException($"'{input}' is not a valid SIRET.");

    public static bool IsValid(string? input) => TryParse(input, out _);

    public override string ToString() => Value;

    private static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var compact = input.Replace(" ", "", StringComparison.Ordinal);
        return compact.Length == 14 && compact.All(char.IsAsciiDigit) ? compact : null;
    }

    private static bool HasValidChecksum(string digits)
    {
        if (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal))
        {
            return digits.Sum(c => c - '0') % 5 == 0;
        }

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
