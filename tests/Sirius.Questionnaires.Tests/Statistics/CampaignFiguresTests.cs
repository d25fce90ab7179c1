using Shouldly;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Xunit;

namespace Sirius.Questionnaires.Tests.Statistics;

public sealed class CampaignFiguresTests
{
    [Fact]
    public void A_breakdown_counts_an_establishment_once_per_group_and_adds_up_its_formations()
    {
        CampaignFigures[] figures =
        [
            Figures("11111111100011", "84", "38", campaigns: 2, responses: 30),
            Figures("11111111100011", "84", "69", campaigns: 1, responses: 5),
            Figures("22222222200022", "84", "38", campaigns: 1, responses: 7),
            Figures("33333333300033", "93", "13", campaigns: 3, responses: 0),
        ];

        CampaignFigures.Breakdown(figures, f => f.RegionCode).ShouldBe(
        [
            new BreakdownRow("84", Establishments: 2, Campaigns: 4, Responses: 42, Seats: 40, FreeTextResponses: 3),
            new BreakdownRow("93", Establishments: 1, Campaigns: 3, Responses: 0, Seats: 30, FreeTextResponses: 0),
        ]);
        CampaignFigures.Breakdown(figures, f => f.DepartmentCode).Select(r => (r.Code, r.Establishments, r.Campaigns))
            .ShouldBe([("13", 1, 3), ("38", 2, 3), ("69", 1, 1)]);
    }

    private static CampaignFigures Figures(string siret, string region, string department, int campaigns, long responses) =>
        new(siret, region, department, "08", 5, "32032611", campaigns, Open: campaigns, Ended: 0, responses, Seats: 10 * campaigns,
            ResponsesWithinSeats: responses, FreeTextResponses: responses / 10, Invited: 0, InvitationsAnswered: 0);
}
