using System.Text.RegularExpressions;

namespace Sirius.Testimonies.Application.Publication;

internal static partial class PublicCodes
{
    public static bool IsCfd(string code) => Cfd().IsMatch(code);

    public static bool IsRncp(string code) => Rncp().IsMatch(code);

    public static bool IsCertifInfo(string code) => CertifInfo().IsMatch(code);

    public static bool IsSiret(string code) => Siret().IsMatch(code);

    public static bool IsUai(string code) => Uai().IsMatch(code);

    [GeneratedRegex("^[0-9A-Z]{8}$")]
    private static partial Regex Cfd();

    [GeneratedRegex("^RNCP[0-9]{1,6}$")]
    private static partial Regex Rncp();

    [GeneratedRegex("^[0-9]{1,7}$")]
    private static partial Regex CertifInfo();

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex Siret();

    [GeneratedRegex("^[0-9]{7}[A-Z]$")]
    private static partial Regex Uai();
}
