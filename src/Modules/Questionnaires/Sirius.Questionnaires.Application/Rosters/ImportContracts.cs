using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

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
