using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// The public statistics page's response figures (responses per month, per région and per diploma level), read from
/// the tallies the statistics projection keeps: a few dozen rows, never a sum over every campaign.
/// </summary>
public sealed record GetPublicResponseFigures : IQuery<PublicResponseFigures>, IPublicRequest;

/// <param name="Monthly">The last <see cref="PublicResponseFigures.Months"/> months up to the current one, from the first with responses.</param>
/// <param name="ByRegion">By INSEE région code (empty for formations not located yet), most responses first.</param>
/// <param name="ByDiplomaLevel">By level of the national framework (« 3 », « 4 »…; empty when unknown), in level order.</param>
public sealed record PublicResponseFigures(
    IReadOnlyList<PublicMonth> Monthly,
    IReadOnlyList<PublicGroup> ByRegion,
    IReadOnlyList<PublicGroup> ByDiplomaLevel,
    int AnonymityThreshold)
{
    public const int Months = 24;
}

/// <param name="Responses">
/// Null (withheld) when above zero and below the anonymity threshold, and for the smallest other group when a single
/// one is (<paramref name="Complement"/>): its count could otherwise be recomputed from the total.
/// </param>
/// <param name="Complement">Withheld although above the threshold, to protect a smaller group.</param>
public sealed record PublicMonth(DateOnly Month, long? Responses, bool Complement = false);

/// <param name="Responses">Null when withheld, as for <see cref="PublicMonth.Responses"/>.</param>
/// <param name="SharePercent">Its share of all the breakdown's responses, withheld ones included; null when withheld.</param>
/// <param name="Complement">Withheld although above the threshold, to protect a smaller group.</param>
public sealed record PublicGroup(string Code, long? Responses, double? SharePercent, bool Complement = false);

/// <summary>
/// The version of the statistics read side the public page is rendered from, so that the host keeps a rendering until
/// it moves. Most calls cost a memory read (at most a second old; this instance's own changes are seen at once).
/// </summary>
public interface IPublicStatisticsVersion
{
    ValueTask<long> CurrentAsync(CancellationToken cancellationToken);
}
