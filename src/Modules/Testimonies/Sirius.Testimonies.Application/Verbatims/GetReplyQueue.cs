using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed class GetReplyQueueHandler(ITestimoniesDb db) : IRequestHandler<GetReplyQueue, ReplyQueue>
{
    public async Task<ReplyQueue> Handle(GetReplyQueue query, CancellationToken cancellationToken)
    {
        var replies = db.TestimonyReplies.AsNoTracking();
        var counts = await replies.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var status = ReplyStatusNames.Parse(query.Status) ?? ReplyStatus.Pending;
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var inStatus = replies.Where(r => r.Status == status);
        var items = await inStatus
            .Join(db.Verbatims.AsNoTracking(), r => r.VerbatimId, v => v.Id, (r, v) => new { Reply = r, v.QuestionLabel, v.AnonymisedText })
            .OrderBy(x => x.Reply.WrittenAtUtc).ThenBy(x => x.Reply.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ReplyQueue(
            ReplyStatuses.All.Select(s => new StatusCount(s.Value, s.Label,
                counts.FirstOrDefault(c => ReplyStatusNames.Of(c.Key) == s.Value)?.Count ?? 0)).ToList(),
            items.Select(x => new ReplyItem(
                x.Reply.Id, x.Reply.VerbatimId, x.Reply.Siret, x.QuestionLabel, x.AnonymisedText, x.Reply.Text,
                ReplyStatusNames.Of(x.Reply.Status), x.Reply.RejectionReason, x.Reply.WrittenAtUtc)).ToList(),
            await inStatus.CountAsync(cancellationToken),
            page,
            pageSize);
    }
}
