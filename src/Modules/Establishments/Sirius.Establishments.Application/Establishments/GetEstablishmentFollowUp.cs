using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Establishments.Contracts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Establishments.Application.Establishments;

/// <summary>
/// Puts each establishment beside its activity (Questionnaires' <see cref="GetActivityBySiret"/>) and its verbatims
/// (Testimonies' <see cref="GetVerbatimCountsBySiret"/>). An establishment whose activity is masked below the anonymity
/// threshold keeps its counts of campaigns and responses, not its verbatims, and the verbatim totals add up the
/// establishments shown only, so that no withheld row can be recomputed from them.
/// </summary>
internal sealed class GetEstablishmentFollowUpHandler(IEstablishmentsDb db, IReferenceNames reference, IMediator mediator)
    : IRequestHandler<GetEstablishmentFollowUp, EstablishmentFollowUp>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<EstablishmentFollowUp> Handle(GetEstablishmentFollowUp query, CancellationToken cancellationToken)
    {
        var establishments = await db.Establishments.AsNoTracking().OrderBy(e => e.Siret)
            .Select(e => new { e.Siret, e.Name, e.Address.Commune, e.Address.RegionCode })
            .ToListAsync(cancellationToken);
        var activity = (await mediator.Send(new GetActivityBySiret(query.ActorId), cancellationToken)).ToDictionary(a => a.Code);
        var verbatims = await mediator.Send(new GetVerbatimCountsBySiret(query.ActorId), cancellationToken);
        var names = reference.Names;
        var rows = establishments.Select(e =>
        {
            var done = activity.GetValueOrDefault(e.Siret);
            var counts = verbatims.GetValueOrDefault(e.Siret);
            return new EstablishmentFollowUpRow(
                e.Siret, e.Name, e.Commune, e.RegionCode, e.RegionCode.Length == 0 ? "" : names.Region(e.RegionCode), done?.Campaigns ?? 0, done?.Responses ?? 0,
                done is { Masked: true } ? null : ModerationStatuses.All.Select(s => counts?.FirstOrDefault(c => c.Status == s.Value)?.Count ?? 0).ToList());
        }).ToList();

        var regions = rows.Where(r => r.Region.Length > 0).Select(r => new RegionOption(r.Region, r.RegionName)).Distinct()
            .OrderBy(r => r.Name, StringComparer.Create(French, ignoreCase: true)).ToList();
        var search = query.Search?.Trim();
        var filtered = rows
            .Where(r => Keeps(query.Campaigns, r.Campaigns))
            .Where(r => Keeps(query.Responses, r.Responses))
            .Where(r => string.IsNullOrEmpty(query.Region) || r.Region == query.Region)
            .Where(r => string.IsNullOrEmpty(search)
                || r.Siret.Contains(search, StringComparison.Ordinal)
                || Matches(r.Name, search)
                || Matches(r.Commune, search))
            .ToList();

        var pageCount = Math.Max(1, (filtered.Count + GetEstablishmentFollowUp.PageSize - 1) / GetEstablishmentFollowUp.PageSize);
        var page = Math.Clamp(query.Page ?? 1, 1, pageCount);
        var shown = query.Page is null
            ? filtered
            : filtered.Skip((page - 1) * GetEstablishmentFollowUp.PageSize).Take(GetEstablishmentFollowUp.PageSize).ToList();
        var totals = new EstablishmentFollowUpTotals(
            filtered.Count, filtered.Sum(r => r.Campaigns), filtered.Sum(r => r.Responses),
            ModerationStatuses.All.Select((_, i) => filtered.Sum(r => r.Verbatims?[i] ?? 0)).ToList());
        return new EstablishmentFollowUp(shown, page, pageCount, totals, regions, filtered.Any(r => r.Verbatims is null));
    }

    private static bool Keeps(ActivityFilter filter, long count) => filter switch
    {
        ActivityFilter.With => count > 0,
        ActivityFilter.Without => count == 0,
        _ => true,
    };

    /// <summary>« ecole » finds « École »: case and accents ignored, as a person types a search.</summary>
    private static bool Matches(string text, string search) =>
        French.CompareInfo.IndexOf(text, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
