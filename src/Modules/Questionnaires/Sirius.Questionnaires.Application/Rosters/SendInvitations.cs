using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks.Email;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>
/// Sends the invitations, then the reminders, due to lines of open campaigns whose address has not unsubscribed. Each
/// line is marked (with its new token's hash) and committed before its message leaves: a crash between the two loses
/// one message rather than sending two. A message the SMTP server refuses is unmarked and tried again next run.
/// </summary>
internal sealed partial class SendInvitationsHandler(
    IQuestionnairesDb db,
    IEmailSender email,
    InvitationOptions options,
    AddressHasher hasher,
    TimeProvider clock,
    IJobProgress progress,
    ILogger<SendInvitationsHandler> logger)
    : IRequestHandler<SendInvitations, int>
{
    private enum Kind
    {
        Invitation,
        Reminder,
    }

    public async Task<int> Handle(SendInvitations command, CancellationToken cancellationToken)
    {
        await KeyLegacyHashesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = FrenchCalendar.Today(clock);
        var remindBefore = now.AddDays(-options.ReminderAfterDays);
        var open = db.Campaigns.Where(c => c.DeletedAtUtc == null && c.StartDate <= today && c.EndDate >= today);
        var reachable = db.RosterEntries.Where(e => e.Email != null
            && open.Any(c => c.Id == e.CampaignId && (c.Seats == 0 || c.ResponsesCount < c.Seats))
            && !db.Unsubscriptions.Any(u => u.EmailHash == e.EmailHash));
        var invitations = await reachable.Where(e => e.InvitedAtUtc == null)
            .OrderBy(e => e.Id).Take(options.MessagesPerRun).ToListAsync(cancellationToken);
        var reminders = await reachable.Where(e => !e.Answered && e.RemindedAtUtc == null && e.InvitedAtUtc <= remindBefore)
            .OrderBy(e => e.Id).Take(options.MessagesPerRun - invitations.Count).ToListAsync(cancellationToken);
        progress.SetTotal(invitations.Count + reminders.Count);
        var campaigns = await CampaignsAsync(invitations.Concat(reminders).Select(e => e.CampaignId).Distinct().ToList(), cancellationToken);

        var sent = 0;
        var done = 0;
        foreach (var (entry, kind) in invitations.Select(e => (e, Kind.Invitation)).Concat(reminders.Select(e => (e, Kind.Reminder))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = await MarkAsync(entry, kind, now, cancellationToken);
            try
            {
                await email.SendAsync(Message(entry, campaigns[entry.CampaignId], token, kind), cancellationToken);
                sent++;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogRefused(logger, entry.Id, failure);
                await UnmarkAsync(entry, kind);
            }

            progress.Report(++done);
        }

        return sent;
    }

    private Task<string> MarkAsync(RosterEntry entry, Kind kind, DateTime now, CancellationToken cancellationToken) =>
        StepAsync(entry, kind, +1, () => kind == Kind.Invitation ? entry.Invite(now) : entry.Remind(now), cancellationToken);

    /// <summary>Undoes <see cref="MarkAsync"/> for a message the SMTP server refused, whatever the job's cancellation.</summary>
    private Task<string> UnmarkAsync(RosterEntry entry, Kind kind) =>
        StepAsync(
            entry,
            kind,
            -1,
            () =>
            {
                if (kind == Kind.Invitation)
                {
                    entry.CancelInvitation();
                }
                else
                {
                    entry.CancelReminder();
                }

                return string.Empty;
            },
            CancellationToken.None);

    /// <summary>
    /// Saves a change to the line and, for an invitation, moves its campaign's counter in one transaction that a
    /// statistics rebuild does not overlap: the invitation is either in the rebuild's count or added after it, never both.
    /// </summary>
    private async Task<string> StepAsync(RosterEntry entry, Kind kind, int invited, Func<string> change, CancellationToken cancellationToken)
    {
        var result = string.Empty;
        await db.InTransactionAsync(
            async ct =>
            {
                if (kind == Kind.Invitation)
                {
                    await StatisticsProjection.HoldOffRebuildAsync(db, ct);
                }

                result = change();
                await db.SaveChangesAsync(ct);
                if (kind == Kind.Invitation)
                {
                    await StatisticsProjection.CountInvitationAsync(db, entry.CampaignId, invited, 0, ct);
                }
            },
            cancellationToken);
        return result;
    }

    /// <summary>
    /// Replaces the plain SHA-256 hashes stored before the key (roster lines and unsubscriptions) by keyed ones, before
    /// anyone is chosen to write to: an address that unsubscribed then is still recognised. Done once; later runs find
    /// nothing to do. Two legacy rows (or a legacy and a new one) of the same address become one unsubscription.
    /// </summary>
    private async Task KeyLegacyHashesAsync(CancellationToken cancellationToken)
    {
        var entries = await db.RosterEntries.Where(e => !e.EmailHashKeyed && e.EmailHash != null).ToListAsync(cancellationToken);
        entries.ForEach(e => e.KeyEmailHash(hasher));
        var legacy = await db.Unsubscriptions.Where(u => !u.Keyed).ToListAsync(cancellationToken);
        var keyed = legacy.Select(u => u.KeyedWith(hasher)).DistinctBy(u => u.EmailHash).ToList();
        var hashes = keyed.Select(u => u.EmailHash).ToList();
        var existing = (await db.Unsubscriptions.AsNoTracking().Where(u => hashes.Contains(u.EmailHash)).Select(u => u.EmailHash).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        db.Unsubscriptions.RemoveRange(legacy);
        db.Unsubscriptions.AddRange(keyed.Where(u => !existing.Contains(u.EmailHash)));
        if (entries.Count > 0 || legacy.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogKeyed(logger, entries.Count, legacy.Count);
        }
    }

    private async Task<Dictionary<Guid, (string Campaign, string Formation, string Establishment, DateOnly End)>> CampaignsAsync(
        List<Guid> ids, CancellationToken cancellationToken) =>
        (await (from c in db.Campaigns.AsNoTracking()
                join f in db.Formations.AsNoTracking() on c.FormationKey equals f.Key
                where ids.Contains(c.Id)
                select new
                {
                    c.Id,
                    c.Name,
                    f.Title,
                    Establishment = db.Establishments.Where(e => e.Siret == c.Siret).Select(e => e.Name).FirstOrDefault() ?? c.Siret,
                    c.EndDate,
                })
            .ToListAsync(cancellationToken))
        .ToDictionary(c => c.Id, c => (c.Name, c.Title, c.Establishment, c.EndDate));

    private EmailMessage Message(RosterEntry entry, (string Campaign, string Formation, string Establishment, DateOnly End) campaign, string token, Kind kind)
    {
        var end = campaign.End.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));
        var (subject, opening) = kind == Kind.Invitation
            ? ("Ton avis sur ta formation en apprentissage", $"{campaign.Establishment} t’invite à répondre à un court questionnaire (5 à 10 minutes) sur ta formation « {campaign.Formation} ».")
            : ("Rappel : ton avis sur ta formation en apprentissage", $"Il y a quelques jours, {campaign.Establishment} t’a invité à répondre à un court questionnaire (5 à 10 minutes) sur ta formation « {campaign.Formation} ». Il n’est pas trop tard !");
        var body = EmailLayout.Render(
            subject,
            [
                entry.FirstName.Length > 0 ? $"Bonjour {entry.FirstName}," : "Bonjour,",
                opening,
                $"Ce lien est personnel : il ne sert qu’une fois et jusqu’au {end}. Tes réponses restent anonymes : ni ton CFA ni l’équipe de Sirius ne peuvent savoir lesquelles sont les tiennes.",
                kind == Kind.Invitation
                    ? "Tu recevras au plus un rappel si tu ne réponds pas."
                    : "C’est le seul rappel : tu ne recevras plus de message pour ce questionnaire.",
            ],
            "Répondre au questionnaire",
            options.InvitationLink(token),
            EmailAddressing.Tu,
            new EmailUnsubscription(
                "Pour ne plus jamais recevoir d’invitation de Sirius :", options.UnsubscribeLink(token), options.OneClickUnsubscribeLink(token)));
        return body.ToMessage(entry.Email!, subject);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The invitation message of roster line {EntryId} was refused; it will be tried again")]
    private static partial void LogRefused(ILogger logger, Guid entryId, Exception failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Address hashes keyed: {Entries} roster lines and {Unsubscriptions} unsubscriptions stored before the key")]
    private static partial void LogKeyed(ILogger logger, int entries, int unsubscriptions);
}
