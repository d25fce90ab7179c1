using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>What a roster file must look like.</summary>
internal static class RosterFormat
{
    public static readonly RosterFileShape Shape = new(2_000, 2 * 1024 * 1024, "prenom ; nom ; courriel", "apprentis");

    public static readonly string[] Columns = ["prenom", "nom", "courriel"];

    public static Error FileError(string message) => new("roster.file", message, ErrorKind.Invalid, "file");

    /// <summary>
    /// A header cell without accents, case, spaces or punctuation: « Prénom », « prenom » and « PRÉNOM » are the same
    /// column, so are « date_debut » and « Date début ».
    /// </summary>
    public static string Normalise(string header) =>
        new string(header.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c)).ToArray()) switch
        {
            "email" or "mail" or "adresseelectronique" => "courriel",
            var other => other,
        };
}
