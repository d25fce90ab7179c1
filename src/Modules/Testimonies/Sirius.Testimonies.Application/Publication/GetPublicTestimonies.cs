using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// Reads the public read models only (formations, response aggregates, tallies, one page of published verbatims),
/// without tracking, and keeps the answer for the read-model version it was computed at.
/// </summary>
internal sealed class GetPublicTestimoniesHandler(ITestimoniesDb db, AnonymityThreshold threshold, ReadModelVersionCache versions, ReadSideCache cache) :
    IRequestHandler<GetPublicTestimonies, Result<PublicTestimonies>>
{
    public async Task<Result<PublicTestimonies>> Handle(GetPublicTestimonies query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var size = Math.Clamp(query.Size, 1, 100);
        var page = Math.Max(1, query.Page);
        var key = string.Join('|', query.Subject, code, query.FormateurSiret, page, size);
        return await cache.Answers.GetOrAddAsync(
            await versions.CurrentAsync(cancellationToken), key, () => ComputeAsync(query.Subject, code, query.FormateurSiret, page, size, cancellationToken));
    }

    private async Task<Result<PublicTestimonies>> ComputeAsync(string subjectKind, string code, string? formateurSiret, int page, int size, CancellationToken cancellationToken)
    {
        var subject = await FindAsync(subjectKind, code, formateurSiret, cancellationToken);
        if (!subject.IsSuccess)
        {
            return subject.Error!;
        }

        var (title, formations) = subject.Value;
        var minimum = threshold.Value;
        var eligible = await formations.Where(f => f.Responses >= minimum).Select(f => new { f.FormationKey, f.Responses, f.VerifiedResponses }).ToListAsync(cancellationToken);
        if (eligible.Count == 0)
        {
            return new PublicTestimonies(subjectKind, code, title, null, minimum, [], [], [], 0, page, size, null);
        }

        var keys = eligible.Select(e => e.FormationKey).ToList();
        var counts = await db.AnswerCounts.AsNoTracking().Where(c => keys.Contains(c.FormationKey) && c.Count > 0)
            .GroupBy(c => new { c.QuestionKey, c.ItemKey, c.Value })
            .Select(g => new { g.Key.QuestionKey, g.Key.ItemKey, g.Key.Value, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var themes = await db.ThemeTallies.AsNoTracking().Where(t => keys.Contains(t.FormationKey) && t.Count > 0)
            .GroupBy(t => t.Theme)
            .Select(g => new { Theme = g.Key, Count = g.Sum(t => t.Count) })
            .ToListAsync(cancellationToken);
        var total = await db.VerbatimTallies.AsNoTracking()
            .Where(t => keys.Contains(t.FormationKey) && (t.Status == VerbatimStatus.Validated || t.Status == VerbatimStatus.Gem))
            .SumAsync(t => t.Count, cancellationToken);

        // Gems first, then the latest moderated: the page's identifiers come from the index on
        // (FormationKey, Status, Discarded, ModeratedAtUtc, Id), then only the page's rows are read.
        var ids = await db.Verbatims.AsNoTracking().Where(v => keys.Contains(v.FormationKey)).Published()
            .OrderByDescending(v => v.Status == VerbatimStatus.Gem).ThenByDescending(v => v.ModeratedAtUtc).ThenByDescending(v => v.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken);
        var rows = (await db.Verbatims.AsNoTracking().Where(v => ids.Contains(v.Id))
                .Select(v => new { v.Id, v.QuestionLabel, v.AnonymisedText, v.Themes, v.Status, v.ModeratedAtUtc, v.UsefulCount, v.Verified })
                .ToListAsync(cancellationToken))
            .OrderBy(v => ids.IndexOf(v.Id));
        var replies = await PublishedRepliesAsync(ids, cancellationToken);

        return new PublicTestimonies(
            subjectKind, code, title, eligible.Sum(e => e.Responses), minimum,
            counts.GroupBy(c => (c.QuestionKey, c.ItemKey)).OrderBy(g => g.Key.QuestionKey).ThenBy(g => g.Key.ItemKey)
                .Select(g => new QuestionDistribution(g.Key.QuestionKey, g.Key.ItemKey == "" ? null : g.Key.ItemKey,
                    g.OrderByDescending(c => c.Count).Select(c => new ValueCount(c.Value, c.Count)).ToList())).ToList(),
            themes.OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal)
                .Select(t => new ThemeCount(ThemeLabels.Of([t.Theme])[0], t.Count)).ToList(),
            rows.Select(v => new PublicTestimony(v.Id, v.QuestionLabel, v.AnonymisedText,
                ThemeLabels.Of(v.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries)), v.Status == VerbatimStatus.Gem,
                v.ModeratedAtUtc ?? default, v.UsefulCount, replies.GetValueOrDefault(v.Id), v.Verified)).ToList(),
            total, page, size, eligible.Sum(e => e.VerifiedResponses));
    }

    /// <summary>The published replies to these testimonies, signed with the establishment's name.</summary>
    private async Task<Dictionary<Guid, PublicReply>> PublishedRepliesAsync(List<Guid> testimonyIds, CancellationToken cancellationToken)
    {
        var replies = await db.TestimonyReplies.AsNoTracking()
            .Where(r => testimonyIds.Contains(r.VerbatimId) && r.Status == ReplyStatus.Published)
            .Select(r => new { r.VerbatimId, r.Siret, r.Text, r.ModeratedAtUtc })
            .ToListAsync(cancellationToken);
        var sirets = replies.Select(r => r.Siret).Distinct().ToList();
        var names = await db.Establishments.AsNoTracking().Where(e => sirets.Contains(e.Siret))
            .ToDictionaryAsync(e => e.Siret, e => e.Name, cancellationToken);
        return replies.ToDictionary(
            r => r.VerbatimId,
            r => new PublicReply(names.GetValueOrDefault(r.Siret) ?? "L’établissement", r.Text, r.ModeratedAtUtc ?? default));
    }

    private async Task<Result<(string Title, IQueryable<Domain.FormationResponses> Formations)>> FindAsync(string subject, string code, string? formateurSiret, CancellationToken cancellationToken)
    {
        var responses = db.FormationResponses.AsNoTracking();
        if (subject == PublicSubjects.Establishment)
        {
            if (!PublicCodes.IsSiret(code) && !PublicCodes.IsUai(code))
            {
                return new Error("code.invalid", "Le code doit être un SIRET (14 chiffres) ou un UAI (7 chiffres et une lettre).", ErrorKind.Invalid, "code");
            }

            var establishment = await db.Establishments.AsNoTracking().Where(e => e.Siret == code || e.Uai == code)
                .Select(e => new { e.Siret, e.Name }).FirstOrDefaultAsync(cancellationToken);
            var siret = establishment?.Siret ?? code;
            if (establishment is null && !await responses.AnyAsync(f => f.FormateurSiret == siret, cancellationToken))
            {
                return Error.NotFound("code.unknown", $"Aucun établissement n’a le code {code}.");
            }

            return (establishment?.Name ?? siret, responses.Where(f => f.FormateurSiret == siret));
        }

        var formations = db.Formations.AsNoTracking();
        if (PublicCodes.IsRncp(code))
        {
            formations = formations.Where(f => f.RncpCode == code);
        }
        else if (PublicCodes.IsCfd(code))
        {
            formations = formations.Where(f => f.Cfd == code);
        }
        else if (PublicCodes.IsCertifInfo(code))
        {
            formations = formations.Where(f => f.CertifInfoId == code);
        }
        else
        {
            return new Error("code.invalid", "Le code doit être un CFD (8 caractères), un code RNCP (RNCP suivi de chiffres) ou un identifiant CertifInfo (chiffres).", ErrorKind.Invalid, "code");
        }

        var title = await formations.Select(f => f.Title).FirstOrDefaultAsync(cancellationToken);
        var keys = formations.Select(f => f.Key);
        var matching = PublicCodes.IsCfd(code) ? responses.Where(f => keys.Contains(f.FormationKey) || f.Cfd == code) : responses.Where(f => keys.Contains(f.FormationKey));
        if (formateurSiret is { } formateur)
        {
            matching = matching.Where(f => f.FormateurSiret == formateur);
            var name = await db.Establishments.AsNoTracking().Where(e => e.Siret == formateur).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
            title = title is not null && name is not null ? $"{title} – {name}" : title;
        }

        if (title is null && !await matching.AnyAsync(cancellationToken))
        {
            return Error.NotFound("code.unknown", $"Aucune formation n’a le code {code}.");
        }

        return (title ?? code, matching);
    }
}
