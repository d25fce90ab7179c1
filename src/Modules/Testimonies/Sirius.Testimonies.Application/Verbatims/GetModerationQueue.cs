using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetModerationQueueHandler(ITestimoniesDb db) : IRequestHandler<GetModerationQueue, ModerationQueue>
{
    public async Task<ModerationQueue> Handle(GetModerationQueue query, CancellationToken cancellationToken)
    {
        var filtered = db.Verbatims.AsNoTracking().Where(v => !v.Discarded);
        if (query.VerbatimId is { } verbatimId)
        {
            filtered = filtered.Where(v => v.Id == verbatimId);
        }

        if (!string.IsNullOrWhiteSpace(query.Siret))
        {
            filtered = filtered.Where(v => v.FormateurSiret == query.Siret.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.FormationKey))
        {
            filtered = filtered.Where(v => v.FormationKey == query.FormationKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.QuestionKey))
        {
            filtered = filtered.Where(v => v.QuestionKey == query.QuestionKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Flag))
        {
            var spaced = " " + query.Flag.Trim() + " ";
            filtered = filtered.Where(v => v.FlagKinds.Contains(spaced));
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            filtered = filtered.Where(v => v.ReceivedAtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            filtered = filtered.Where(v => v.ReceivedAtUtc < end);
        }

        var counts = await filtered.GroupBy(v => v.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var status = StatusNames.Parse(query.Status) ?? VerbatimStatus.Pending;
        var inStatus = query.VerbatimId is null ? filtered.Where(v => v.Status == status) : filtered;
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var rows = await inStatus.OrderBy(v => v.Priority).ThenBy(v => v.ReceivedAtUtc).ThenBy(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var edits = await db.VerbatimEdits.AsNoTracking().Where(e => ids.Contains(e.VerbatimId)).OrderBy(e => e.EditedAtUtc).ToListAsync(cancellationToken);

        return new ModerationQueue(
            ModerationStatuses.All.Select(s => new StatusCount(s.Value, s.Label,
                counts.FirstOrDefault(c => StatusNames.Of(c.Key) == s.Value)?.Count ?? 0)).ToList(),
            rows.Select(v => Item(v, edits.Where(e => e.VerbatimId == v.Id))).ToList(),
            await inStatus.CountAsync(cancellationToken),
            page,
            pageSize,
            FlagLabels.All);
    }

    private static ModerationItem Item(Verbatim v, IEnumerable<VerbatimEdit> history)
    {
        var flags = StoredFlag.Read(v.FlagsJson);
        return new ModerationItem(
            v.Id, v.FormateurSiret, v.FormationKey, v.QuestionKey, v.QuestionLabel, v.OriginalText, v.AnonymisedText,
            flags.Select(f => new FlagView(
                f.Kind, FlagLabels.Label(f.Kind), f.Excerpt, f.Reason,
                Enum.TryParse<AlertCategory>(f.Alert, out var category) ? AlertCategories.Label(category) : null)).ToList(),
            ThemeLabels.Of(v.ThemeNames),
            StatusNames.Of(v.Status), v.RejectionReason, v.ReceivedAtUtc,
            history.Select(e => new HistoryEntry(
                e.EditedAtUtc, e.EditedBy, e.PreviousText, e.NewText, e.Status is { } status ? ModerationStatuses.Label(StatusNames.Of(status)) : null, e.Reason,
                (e.OverriddenFlags ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FlagLabels.Label).ToList())).ToList(),
            v.Priority == VerbatimPriority.Alert ? ModerationStatuses.Alert : null,
            SeriousFlags.Of(flags).Select(FlagLabels.Label).ToList());
    }
}
