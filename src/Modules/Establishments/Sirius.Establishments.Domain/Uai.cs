namespace Sirius.Establishments.Domain;

/// <summary>
/// Unité administrative immatriculée: 7 digits and a check letter, the remainder of the number
/// divided by 23 read in an alphabet without I, O and Q.
/// </summary>
public readonly record struct Uai
{
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out Uai uai)
    {
        uai = default;
        var value = input?.Trim().ToUpperInvariant();
        if (value is not { Length: 8 } || !value[..7].All(char.IsAsciiDigit) || value[7] != CheckLetter(value[..7]))
        {
            return false;
        }

        uai = new Uai(value);
        return true;
    }

    public static Uai Parse(string input) =>
        TryParse(input, out var uai) ? uai : throw new FormatException($"'{input}' is not a valid UAI.");

    public static bool IsValid(string? input) => TryParse(input, out _);

    /// <summary>The check letter of a 7-digit number.</summary>
    public static char CheckLetter(string sevenDigits) => Letters[(int)(long.Parse(sevenDigits, System.Globalization.CultureInfo.InvariantCulture) % 23)];

    public override string ToString() => Value;
}
