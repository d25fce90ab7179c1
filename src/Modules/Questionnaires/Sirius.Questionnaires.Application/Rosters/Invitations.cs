using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Questionnaires.Application.Rosters;

internal static class Invitations
{
    public static Error Unknown { get; } = Error.NotFound("invitation.not_found", "Ce lien personnel n’existe pas ou n’est plus valable : vérifie le lien reçu par courriel.");

    public static Error Used { get; } = Error.Conflict("invitation.used", "Ce lien personnel a déjà servi à répondre : il ne peut servir qu’une fois. Merci de ta participation !");

    /// <summary>The line this personal token opens (the invitation's or the reminder's), if it has the right shape.</summary>
    public static IQueryable<RosterEntry> WithToken(this IQueryable<RosterEntry> entries, string? token)
    {
        if (!RosterEntry.IsTokenShaped(token))
        {
            return entries.Where(_ => false);
        }

        var hash = RosterEntry.HashOfToken(token!);
        return entries.Where(e => e.RemovedAtUtc == null && (e.TokenHash == hash || e.ReminderTokenHash == hash));
    }
}
