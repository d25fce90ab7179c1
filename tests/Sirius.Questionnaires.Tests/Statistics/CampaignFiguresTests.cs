using Shouldly;
using Sirius.BuildingBlocks;
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

        CampaignFigures.Breakdown(figures, f => f.RegionCode, new AnonymityThreshold(3)).ShouldBe(
        [
            new BreakdownRow("84", Establishments: 2, Campaigns: 4, Responses: 42, Seats: 40, FreeTextResponses: 3),
            new BreakdownRow("93", Establishments: 1, Campaigns: 3, Responses: 0, Seats: 30, FreeTextResponses: 0),
        ]);
        CampaignFigures.Breakdown(figures, f => f.DepartmentCode, new AnonymityThreshold(3)).Select(r => (r.Code, r.Establishments, r.Campaigns))
            .ShouldBe([("13", 1, 3), ("38", 2, 3), ("69", 1, 1)]);
    }

    [Theory]
    [InlineData(3, new[] { "38", "73" })]
    [InlineData(1, new string[0])]
    public void A_group_below_the_threshold_withholds_its_free_texts_and_so_does_the_smallest_other_when_it_is_alone(int threshold, string[] withheld)
    {
        // 13 has no response (nothing to withhold); 38 has 2, alone below 3: 73, the smallest above, is withheld with it
        // so that the total minus the rows shown gives no single row. With a threshold of 1 (the canary) nothing is.
        CampaignFigures[] figures =
        [
            Figures("11111111100011", "84", "38", campaigns: 1, responses: 2),
            Figures("22222222200022", "84", "69", campaigns: 1, responses: 30),
            Figures("33333333300033", "84", "73", campaigns: 1, responses: 5),
            Figures("44444444400044", "93", "13", campaigns: 1, responses: 0),
        ];

        var rows = CampaignFigures.Breakdown(figures, f => f.DepartmentCode, new AnonymityThreshold(threshold));

        rows.Where(r => r.Masked).Select(r => r.Code).ShouldBe(withheld);
        rows.Where(r => !r.Masked).Select(r => r.FreeTextResponses).ShouldAllBe(f => f != null);
        rows.Select(r => r.Responses).ShouldBe([0, 2, 30, 5], "the number of responses is always given");
    }

    private static CampaignFigures Figures(string siret, string region, string department, int campaigns, long responses) =>
        new(siret, region, department, "08", 5, "32032611", campaigns, Open: campaigns, Ended: 0, responses, Seats: 10 * campaigns,
            ResponsesWithinSeats: responses, FreeTextResponses: responses / 10, Invited: 0, InvitationsAnswered: 0);
}
