using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Application.Publication;

internal sealed class GetPublishedThemesHandler(ITestimoniesDb db) : IRequestHandler<GetPublishedThemes, PublishedThemes>
{
    private static readonly IReadOnlyList<(string Key, string Label)> Themes =
        ModerationThemes.All.Select(t => (t.ToString(), ModerationThemes.Label(t))).ToList();

    public async Task<PublishedThemes> Handle(GetPublishedThemes query, CancellationToken cancellationToken)
    {
        var ids = query.CampaignGroups.SelectMany(g => g).Distinct().ToList();
        var rows = await db.Verbatims.AsNoTracking()
            .Where(v => ids.Contains(v.CampaignId) && v.Themes != "")
            .Published()
            .Select(v => new { v.CampaignId, v.Themes })
            .ToListAsync(cancellationToken);
        var byCampaign = rows
            .GroupBy(r => r.CampaignId)
            .ToDictionary(
                g => g.Key,
                g => g
                    .SelectMany(r => r.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .GroupBy(theme => theme)
                    .ToDictionary(t => t.Key, t => t.Count()));
        var byGroup = query.CampaignGroups
            .Select(group => (IReadOnlyDictionary<string, int>)Themes.ToDictionary(
                t => t.Key,
                t => group.Sum(id => byCampaign.TryGetValue(id, out var counts) ? counts.GetValueOrDefault(t.Key) : 0)))
            .ToList();
        return new PublishedThemes(Themes, byGroup);
    }
}
