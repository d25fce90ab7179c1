using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// Open-data groups — formation (CFD) × establishment (SIRET) × territory × campaign year — from the statistics read
/// side, leaving out groups under the anonymity threshold (<c>Sirius:AnonymityThreshold</c>), and within a group the
/// questions (or rated items) fewer responses chose a value of. With a <paramref name="RegionCode"/>, only that
/// région's groups, with their answer counts; without, every group without them (to list the régions).
/// </summary>
public sealed record GetOpenDataGroups(string? RegionCode = null) : IQuery<IReadOnlyList<OpenDataGroup>>, IPublicRequest;

/// <param name="Year">The year the campaigns started.</param>
/// <param name="ResponsesWithinSeats">Responses of the campaigns with a seat limit, to compare with <paramref name="Seats"/>.</param>
/// <param name="VerifiedResponses">Responses given through a personal invitation link, out of <paramref name="Responses"/>.</param>
public sealed record OpenDataGroup(
    int Year,
    string Cfd,
    string Siret,
    string RegionCode,
    string DepartmentCode,
    int DiplomaLevel,
    long Responses,
    long Seats,
    long ResponsesWithinSeats,
    long VerifiedResponses,
    IReadOnlyList<Guid> CampaignIds,
    IReadOnlyList<OpenDataAnswer> Answers)
{
    /// <summary><see cref="ResponsesWithinSeats"/> out of <see cref="Seats"/>, to 4 decimals; null without a seat limit.</summary>
    public double? ResponseRate => Seats == 0 ? null : Math.Round((double)ResponsesWithinSeats / Seats, 4);

    /// <summary>Verified responses out of all the group's responses, to 4 decimals (a published group is never empty).</summary>
    public double? VerifiedShare => Responses == 0 ? null : Math.Round((double)VerifiedResponses / Responses, 4);
}

public sealed record OpenDataAnswer(string QuestionKey, string ItemKey, string Value, long Responses);
