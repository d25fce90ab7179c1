namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>Draws random but valid SIREN, SIRET and UAI numbers.</summary>
internal static class Identifiers
{
    private const string LaPosteSiren = "356000000";

    /// <summary>A 9-digit SIREN starting with <paramref name="prefix"/>, completed with random digits and a Luhn check digit.</summary>
    public static string Siren(Random random, string prefix)
    {
        string siren;
        do
        {
            var payload = prefix + RandomDigits(random, 8 - prefix.Length);
            siren = payload + LuhnCheckDigit(payload);
        }
        while (siren == LaPosteSiren);

        return siren;
    }

    /// <summary>A SIRET of the SIREN: a 4-digit establishment rank and the digit that makes the 14 digits Luhn-valid.</summary>
    public static string Siret(Random random, string siren)
    {
        var payload = siren + "00" + RandomDigits(random, 2);
        return payload + LuhnCheckDigit(payload);
    }

    /// <summary>A UAI: the département's 3-digit prefix, 4 random digits and the check letter.</summary>
    public static string Uai(Random random, string departmentPrefix)
    {
        var number = departmentPrefix + RandomDigits(random, 4);
        return number + Domain.Uai.CheckLetter(number);
    }

    public static bool IsLuhnValid(string digits) => digits.Length > 0 && LuhnSum(digits, doubleFirst: false) % 10 == 0;

    /// <summary>The digit to append to <paramref name="payload"/> so that the whole is Luhn-valid.</summary>
    public static char LuhnCheckDigit(string payload) => (char)('0' + ((10 - (LuhnSum(payload, doubleFirst: true) % 10)) % 10));

    // Luhn doubles every second digit counting from the right, the rightmost excluded; for a payload waiting
    // for its check digit, the rightmost digit of the payload is the first to be doubled.
    private static int LuhnSum(string digits, bool doubleFirst)
    {
        var sum = 0;
        var doubled = doubleFirst;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum;
    }

    private static string RandomDigits(Random random, int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }
}
