using MediatR;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

internal sealed class ImportRosterHandler(IQuestionnairesDb db, IMediator mediator, IRosterFileReader reader, AddressHasher hasher)
    : IRequestHandler<ImportRoster, Result<RosterImportReport>>
{
    public async Task<Result<RosterImportReport>> Handle(ImportRoster command, CancellationToken cancellationToken)
    {
        var import = await RosterImport.StartAsync(db, mediator, hasher, command.ActorId, command.CampaignId, cancellationToken);
        if (!import.IsSuccess)
        {
            return import.Error!;
        }

        var table = RosterImport.Read(reader, command.FileName, command.Content, RosterFormat.Shape);
        if (!table.IsSuccess)
        {
            return table.Error!;
        }

        if (!table.Value.Header.SequenceEqual(RosterFormat.Columns))
        {
            return RosterFormat.FileError("Les colonnes attendues sont, dans cet ordre : prenom, nom, courriel (téléchargez le modèle).");
        }

        foreach (var row in table.Value.Lines)
        {
            if (import.Value.RefusesFormulas(row.Line, row.Cells))
            {
                continue;
            }

            if (row.Cells.Skip(3).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                import.Value.Reject(row.Line, "La ligne compte plus de trois colonnes.");
                continue;
            }

            import.Value.Add(row.Line, RosterLine.Of(row.Cells.ElementAtOrDefault(0), row.Cells.ElementAtOrDefault(1), row.Cells.ElementAtOrDefault(2)));
        }

        return import.Value.Save(table.Value.Lines.Count, 0, RosterFormat.FileError("Le fichier ne contient aucun apprenti sous l’en-tête."));
    }
}
