using System.Globalization;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>What a file of apprenticeship contracts must look like (docs/contracts-import.md).</summary>
internal static class ContractsFormat
{
    public static readonly RosterFileShape Shape = new(20_000, 10 * 1024 * 1024, "cfd ; siret ; courriel ; date_debut ; date_fin", "contrats");

    /// <summary>The columns every file carries, normalised, with the name the user writes.</summary>
    public static readonly (string Column, string Written)[] Required =
        [("cfd", "cfd"), ("siret", "siret"), ("courriel", "courriel"), ("datedebut", "date_debut"), ("datefin", "date_fin")];

    public const string FirstName = "prenom";
    public const string LastName = "nom";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// A date written JJ/MM/AAAA or AAAA-MM-JJ; in a workbook, also a cell typed as a date (Excel keeps the number of
    /// days since 30 December 1899, a time of day after the point). Null when unreadable.
    /// </summary>
    public static DateOnly? Date(string cell, bool workbook)
    {
        if (DateOnly.TryParseExact(cell, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return workbook && double.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    /// <summary>A SIRET as exports write it, spaces removed (« 123 456 789 00012 »).</summary>
    public static string Siret(string cell) => new(cell.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", French);

    /// <summary>Reads a contract's period; a French reason when a date cannot be read or the end precedes the start.</summary>
    public static string? ReadPeriod(string startCell, string endCell, bool workbook, out DateOnly start, out DateOnly end)
    {
        (start, end) = (default, default);
        if (Date(startCell, workbook) is not { } from)
        {
            return $"Date de début illisible : « {startCell} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).";
        }

        if (Date(endCell, workbook) is not { } to)
        {
            return $"Date de fin illisible : « {endCell} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).";
        }

        (start, end) = (from, to);
        return end < start ? $"La fin du contrat ({Day(end)}) précède son début ({Day(start)})." : null;
    }
}
