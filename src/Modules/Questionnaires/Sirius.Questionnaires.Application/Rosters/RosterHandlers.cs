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
    public const int MaxLines = 2_000;
    public const long MaxBytes = 2 * 1024 * 1024;

    public static readonly string[] Columns = ["prenom", "nom", "courriel"];

    public static Error FileError(string message) => new("roster.file", message, ErrorKind.Invalid, "file");

    /// <summary>A header cell without accents, case or spaces: « Prénom » and « prenom » are the same column.</summary>
    public static string Normalise(string header) =>
        new string(header.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c)).ToArray()) switch
        {
            "email" or "mail" or "adresseelectronique" => "courriel",
            var other => other,
        };
}

internal sealed class ImportRosterHandler(IQuestionnairesDb db, IMediator mediator, IRosterFileReader reader)
    : IRequestHandler<ImportRoster, Result<RosterImportReport>>
{
    public async Task<Result<RosterImportReport>> Handle(ImportRoster command, CancellationToken cancellationToken)
    {
        if (await db.ManagedCampaignsAsync(mediator, command.ActorId, cancellationToken) is not { } managed
            || !await managed.AnyAsync(c => c.Id == command.CampaignId, cancellationToken))
        {
            return Error.NotFound("campaign.not_found", "Cette campagne n’existe pas.");
        }

        if (command.Content.CanSeek && command.Content.Length > RosterFormat.MaxBytes)
        {
            return RosterFormat.FileError($"Le fichier dépasse {RosterFormat.MaxBytes / 1024 / 1024} Mo.");
        }

        // The header, the lines allowed, and one more to tell a file that has too many.
        var read = reader.Read(command.FileName, command.Content, RosterFormat.MaxLines + 2);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var rows = read.Value;
        if (rows.Count == 0 || rows[0].Line != 1)
        {
            return RosterFormat.FileError("Le fichier est vide ou sa première ligne n’est pas l’en-tête « prenom ; nom ; courriel ».");
        }

        var header = rows[0].Cells.Select(RosterFormat.Normalise).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (!header.SequenceEqual(RosterFormat.Columns))
        {
            return RosterFormat.FileError("Les colonnes attendues sont, dans cet ordre : prenom, nom, courriel (téléchargez le modèle).");
        }

        if (rows.Count - 1 > RosterFormat.MaxLines)
        {
            return RosterFormat.FileError($"Le fichier compte plus de {RosterFormat.MaxLines} apprentis : découpez-le.");
        }

        var known = (await db.RosterEntries.AsNoTracking()
                .Where(e => e.CampaignId == command.CampaignId && e.Email != null)
                .Select(e => e.Email!)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<RosterLine>();
        var rejections = new List<RosterRejection>();
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Cells;
            if (cells.Any(c => RosterLine.LooksLikeFormula(c.Trim())))
            {
                rejections.Add(new RosterRejection(row.Line, RosterLine.FormulaRefused));
                continue;
            }

            if (cells.Skip(3).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                rejections.Add(new RosterRejection(row.Line, "La ligne compte plus de trois colonnes."));
                continue;
            }

            var line = RosterLine.Of(cells.ElementAtOrDefault(0), cells.ElementAtOrDefault(1), cells.ElementAtOrDefault(2));
            if (!line.IsSuccess)
            {
                rejections.Add(new RosterRejection(row.Line, line.Error!.Message));
            }
            else if (seen.TryGetValue(line.Value.Email, out var first))
            {
                rejections.Add(new RosterRejection(row.Line, $"Doublon : l’adresse {line.Value.Email} figure déjà ligne {first}."));
            }
            else if (known.Contains(line.Value.Email))
            {
                rejections.Add(new RosterRejection(row.Line, $"Doublon : l’adresse {line.Value.Email} est déjà dans la liste de cette campagne."));
            }
            else
            {
                seen[line.Value.Email] = row.Line;
                lines.Add(line.Value);
            }
        }

        if (rejections.Count > 0 || lines.Count == 0)
        {
            return lines.Count == 0 && rejections.Count == 0
                ? RosterFormat.FileError("Le fichier ne contient aucun apprenti sous l’en-tête.")
                : new RosterImportReport(rows.Count - 1, 0, rejections);
        }

        db.RosterEntries.AddRange(lines.Select(l => RosterEntry.Create(command.CampaignId, l)));
        return new RosterImportReport(rows.Count - 1, lines.Count, []);
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
            .Select(e => new { e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc, e.Opened, e.Answered })
            .ToListAsync(cancellationToken);
        return new RosterView(
            campaign.Id,
            campaign.Name,
            campaign.PersonalInvitationsOnly,
            new RosterCounts(entries.Count, entries.Count(e => e.InvitedAtUtc != null), entries.Count(e => e.Opened), entries.Count(e => e.Answered)),
            entries.Select(e => new RosterEntryView(e.FirstName, e.LastName, e.Email, e.InvitedAtUtc, e.RemindedAtUtc)).ToList());
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
