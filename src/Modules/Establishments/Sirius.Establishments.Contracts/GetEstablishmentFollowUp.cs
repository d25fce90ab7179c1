using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>
/// For administrators: one row per establishment with its campaigns and responses (Questionnaires) and its verbatims
/// per moderation status (Testimonies), filtered, totalled over the filtered establishments and cut into pages of
/// <see cref="PageSize"/> rows; every filtered row when <paramref name="Page"/> is null (the exports).
/// </summary>
/// <param name="Region">A région's INSEE code; null or empty for every région.</param>
/// <param name="Search">Part of the SIRET, or of the name or the commune with case and accents ignored.</param>
/// <param name="Page">The page asked, brought within the pages there are; null for every row.</param>
public sealed record GetEstablishmentFollowUp(
    Guid ActorId,
    ActivityFilter Campaigns = ActivityFilter.Any,
    ActivityFilter Responses = ActivityFilter.Any,
    string? Region = null,
    string? Search = null,
    int? Page = 1) : IQuery<EstablishmentFollowUp>, IAdministratorRequest
{
    public const int PageSize = 50;
}

/// <summary>Whether the follow-up keeps the establishments with some campaigns (or responses), those with none, or both.</summary>
public enum ActivityFilter
{
    Any,
    With,
    Without,
}

/// <param name="Rows">The rows of the page (every filtered row when no page was asked), by SIRET.</param>
/// <param name="Page">The page shown: the one asked, within 1 and <paramref name="PageCount"/>.</param>
/// <param name="Totals">Over every filtered establishment, not only the page's.</param>
/// <param name="Regions">The régions of all the establishments, by name, for the filter.</param>
/// <param name="AnyMasked">Some filtered establishment's verbatims are withheld.</param>
public sealed record EstablishmentFollowUp(
    IReadOnlyList<EstablishmentFollowUpRow> Rows,
    int Page,
    int PageCount,
    EstablishmentFollowUpTotals Totals,
    IReadOnlyList<RegionOption> Regions,
    bool AnyMasked);

/// <param name="Verbatims">
/// One count per moderation status, in the order of Testimonies' <c>ModerationStatuses.All</c>; null below the
/// anonymity threshold.
/// </param>
public sealed record EstablishmentFollowUpRow(
    string Siret, string Name, string Commune, string Region, string RegionName, int Campaigns, long Responses, IReadOnlyList<int>? Verbatims)
{
    public int? VerbatimTotal => Verbatims?.Sum();
}

/// <param name="Verbatims">
/// Per moderation status, as in <see cref="EstablishmentFollowUpRow.Verbatims"/>: the establishments whose verbatims
/// are withheld add nothing, so that none can be recomputed from the totals.
/// </param>
public sealed record EstablishmentFollowUpTotals(int Establishments, int Campaigns, long Responses, IReadOnlyList<int> Verbatims)
{
    public int VerbatimTotal => Verbatims.Sum();
}

public sealed record RegionOption(string Code, string Name);
