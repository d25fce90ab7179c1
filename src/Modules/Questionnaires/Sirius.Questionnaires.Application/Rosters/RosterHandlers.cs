using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

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

internal sealed class GetRosterHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<GetRoster, RosterView?>
{
    public async Task<RosterView?> Handle(GetRoster query, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, query.ActorId, cancellationToken) is not { } managed
            || await managed.FirstOrDefaultAsync(c => c.Id == query.CampaignId, cancellationToken) is not { } campaign)
        {
            return null;
        }

        var entries = await db.RosterEntries.AsNoTracking()
            .Where(e => e.CampaignId == campaign.Id)
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc, e.Opened, e.Answered, Removed = e.RemovedAtUtc != null })
            .ToListAsync(cancellationToken);
        var listed = entries.Where(e => !e.Removed).ToList();
        return new RosterView(
            campaign.Id,
            campaign.Name,
            await RosterImport.CfdAsync(db, campaign, cancellationToken),
            campaign.Siret,
            campaign.StartDate,
            campaign.EndDate,
            campaign.PersonalInvitationsOnly,
            new RosterCounts(listed.Count, entries.Count(e => e.InvitedAtUtc != null), entries.Count(e => e.Opened), entries.Count(e => e.Answered)),
            listed.Select(e => new RosterEntryView(e.Id, e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc)).ToList(),
            entries.Count - listed.Count);
    }
}

internal sealed class SetPersonalInvitationsOnlyHandler(IQuestionnairesDb db, IMediator mediator) : IRequestHandler<SetPersonalInvitationsOnly, Result>
{
    public async Task<Result> Handle(SetPersonalInvitationsOnly command, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, command.ActorId, cancellationToken) is not { } managed
            || !await managed.AnyAsync(c => c.Id == command.CampaignId, cancellationToken))
        {
            return Error.NotFound("campaign.not_found", "Cette campagne n’existe pas.");
        }

        var campaign = await db.Campaigns.FirstAsync(c => c.Id == command.CampaignId, cancellationToken);
        campaign.RequirePersonalInvitations(command.Only);
        return Result.Success();
    }
}
