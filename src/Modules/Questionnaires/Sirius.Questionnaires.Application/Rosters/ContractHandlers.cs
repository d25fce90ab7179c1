using System.Globalization;
using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Rosters;

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

internal sealed class ImportContractsHandler(IQuestionnairesDb db, IMediator mediator, IRosterFileReader reader, AddressHasher hasher)
    : IRequestHandler<ImportContracts, Result<RosterImportReport>>
{
    public async Task<Result<RosterImportReport>> Handle(ImportContracts command, CancellationToken cancellationToken)
    {
        var import = await RosterImport.StartAsync(db, mediator, hasher, command.ActorId, command.CampaignId, cancellationToken);
        if (!import.IsSuccess)
        {
            return import.Error!;
        }

        var table = RosterImport.Read(reader, command.FileName, command.Content, ContractsFormat.Shape);
        if (!table.IsSuccess)
        {
            return table.Error!;
        }

        var missing = ContractsFormat.Required.Where(c => table.Value.Column(c.Column) is null).Select(c => c.Written).ToList();
        if (missing.Count > 0)
        {
            return RosterFormat.FileError(
                $"Colonne(s) obligatoire(s) absente(s) de l’en-tête : {string.Join(", ", missing)}. Les colonnes attendues sont cfd, siret, courriel, date_debut, date_fin, et si possible prenom, nom (téléchargez le modèle).");
        }

        var campaign = import.Value.Campaign;
        var cfd = await RosterImport.CfdAsync(db, campaign, cancellationToken);
        var workbook = Path.GetExtension(command.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        var columns = ContractsFormat.Required.Select(c => table.Value.Column(c.Column))
            .Concat([table.Value.Column(ContractsFormat.FirstName), table.Value.Column(ContractsFormat.LastName)])
            .ToArray();
        var ignored = 0;
        foreach (var row in table.Value.Lines)
        {
            // cfd, siret, courriel, date_debut, date_fin, prenom, nom: blank when the optional columns are absent.
            var cells = columns.Select(c => c is { } index ? row.Cells.ElementAtOrDefault(index)?.Trim() ?? "" : "").ToArray();
            if (cfd.Length == 0 || !cells[0].Equals(cfd, StringComparison.OrdinalIgnoreCase) || ContractsFormat.Siret(cells[1]) != campaign.Siret)
            {
                ignored++;
                continue;
            }

            if (import.Value.RefusesFormulas(row.Line, cells))
            {
                continue;
            }

            if (ContractsFormat.ReadPeriod(cells[3], cells[4], workbook, out var start, out var end) is { } problem)
            {
                import.Value.Reject(row.Line, problem);
                continue;
            }

            // A national file also holds the contracts of earlier and later cohorts: not this campaign's apprentices.
            if (end < campaign.StartDate || start > campaign.EndDate)
            {
                ignored++;
                continue;
            }

            import.Value.Add(row.Line, RosterLine.Of(cells[5], cells[6], cells[2], namesRequired: false));
        }

        return import.Value.Save(
            table.Value.Lines.Count,
            ignored,
            RosterFormat.FileError(
                $"Aucune ligne du fichier ne concerne cette campagne (formation {cfd}, établissement {campaign.Siret}) : {ignored} ligne(s) ignorée(s) (autre formation, autre établissement ou contrat hors de la période de la campagne), rien n’a été importé."));
    }
}
