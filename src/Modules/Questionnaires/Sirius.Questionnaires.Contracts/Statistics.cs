using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// Consolidated figures for a pilot, read from the statistics read side. An observer gets their scope (national,
/// région, département or SIRET list), an administrator the whole country; with <paramref name="National"/> an observer
/// or an administrator gets the national figures to compare with. Anyone else is refused (<see cref="IStatisticsRequest"/>).
/// </summary>
public sealed record GetStatistics(Guid ActorId, bool National = false) : IQuery<StatisticsReport>, IStatisticsRequest;

/// <param name="ScopeKind">national, region, department, sirets or opco (the campaigns of formations with one of the OPCO's RNCP codes).</param>
/// <param name="ByAcademy">By académie code (empty for formations the catalogue has not yet published with one).</param>
/// <param name="ResponsesWithinSeats">Responses of the campaigns with a seat limit, compared with <see cref="Counters.Seats"/>.</param>
/// <param name="AnonymityThreshold">
/// The fewest responses a figure is computed over (<c>Sirius:AnonymityThreshold</c>): below it a counter's median and
/// free-text figures, a breakdown row's free-text figure and an answer distribution's values are withheld.
/// </param>
public sealed record StatisticsReport(
    string ScopeKind,
    IReadOnlyList<string> ScopeCodes,
    StatisticsCounters Counters,
    IReadOnlyList<BreakdownRow> ByRegion,
    IReadOnlyList<BreakdownRow> ByDepartment,
    IReadOnlyList<BreakdownRow> ByAcademy,
    IReadOnlyList<BreakdownRow> ByDiplomaLevel,
    IReadOnlyList<BreakdownRow> ByFormation,
    IReadOnlyList<BreakdownRow> ByEstablishment,
    IReadOnlyList<PeriodRow> Weekly,
    IReadOnlyList<PeriodRow> Monthly,
    IReadOnlyList<AnswerDistribution> Answers,
    int AnonymityThreshold)
{
    /// <summary>The scope has responses, fewer than the threshold: its median and free-text figures are withheld.</summary>
    public bool Masked => Counters.Responses > 0 && Counters.Responses < AnonymityThreshold;
}

/// <param name="Seats">Seats of the campaigns with a seat limit (0 = unlimited ones are left out).</param>
/// <param name="MedianSeconds">Estimated from completion-time buckets of 15 seconds; null below the anonymity threshold.</param>
/// <param name="FreeTextResponses">Responses with a free text; null below the anonymity threshold.</param>
/// <param name="Invited">Apprentices sent a personal invitation (roster lines of the scope's campaigns).</param>
/// <param name="InvitationsAnswered">Personal links used to answer, as the roster lines record it (as a CFA sees it on its roster).</param>
public sealed record StatisticsCounters(
    int Establishments,
    int Campaigns,
    int CampaignsOpen,
    int CampaignsEnded,
    long Responses,
    long Seats,
    long ResponsesWithinSeats,
    long? FreeTextResponses,
    int? MedianSeconds,
    long Invited,
    long InvitationsAnswered)
{
    /// <summary>Personal invitation links used to answer against invitations sent, in percent; null before the first invitation.</summary>
    public double? InvitationResponseRatePercent => Invited == 0 ? null : Math.Round(100.0 * InvitationsAnswered / Invited, 1);

    /// <summary>Responses against seats, in percent, when some campaign limits its seats.</summary>
    public double? ResponseRatePercent => Seats == 0 ? null : Math.Round(100.0 * ResponsesWithinSeats / Seats, 1);

    public double? FreeTextRatePercent => FreeTextResponses is not { } free || Responses == 0 ? null : Math.Round(100.0 * free / Responses, 1);
}

/// <summary>For administrators' follow-up of establishments: the national breakdown by SIRET alone.</summary>
public sealed record GetActivityBySiret(Guid ActorId) : IQuery<IReadOnlyList<BreakdownRow>>, IAdministratorRequest;

/// <summary>One group of a breakdown (a région, département or académie code, a diploma level, a CFD or a SIRET).</summary>
/// <param name="FreeTextResponses">
/// Null (<see cref="Masked"/>) for a group with responses but fewer than the anonymity threshold, and for the smallest
/// other group with responses when only one group is below it: its figure could otherwise be recomputed from the total.
/// </param>
public sealed record BreakdownRow(string Code, int Establishments, int Campaigns, long Responses, long Seats, long? FreeTextResponses)
{
    public bool Masked => FreeTextResponses is null;
}

/// <summary>Responses completed in a week (starting on Monday) or a month (starting on the 1st).</summary>
public sealed record PeriodRow(DateOnly Start, long Responses);

/// <summary>
/// How many responses chose each value of a question (for a rated item: of that item), merged across versions by key,
/// labelled by the newest version that has the question.
/// </summary>
public sealed record AnswerDistribution(string QuestionKey, string ItemKey, IReadOnlyList<AnswerValueCount> Values)
{
    public string QuestionLabel { get; init; } = QuestionKey;

    /// <summary>The rated item's label, or an empty string for a question without items.</summary>
    public string ItemLabel { get; init; } = ItemKey;

    /// <summary>Fewer responses chose a value than the anonymity threshold: <see cref="Values"/> is empty.</summary>
    public bool Masked { get; init; }

    /// <summary>The responses that answered the question (or rated the item): the denominator of its shares. A multiple choice has more choices.</summary>
    public long Respondents { get; init; }
}

public sealed record AnswerValueCount(string Value, long Responses)
{
    public string Label { get; init; } = Value;
}

/// <summary>Recomputes the statistics read side from campaigns and responses; answers how many campaigns it counted.</summary>
public sealed record RebuildStatistics : IAtomicCommand<Result<int>>, ISystemRequest;

/// <summary>
/// For a CFA's campaigns: each question's distribution beside the same for their région and for the whole country,
/// only for the questions where every group has at least the anonymity threshold of responses
/// (<c>Sirius:AnonymityThreshold</c>, 3 by default). Sent by CFA staff or an administrator (<see cref="IEstablishmentRequest"/>);
/// null without campaigns, or when one of them is not the actor's.
/// </summary>
public sealed record GetBenchmark(Guid ActorId, IReadOnlyList<Guid> CampaignIds) : IQuery<Benchmark?>, IEstablishmentRequest;

/// <param name="RegionCode">The région of most of the campaigns.</param>
public sealed record Benchmark(string RegionCode, long OwnResponses, long RegionResponses, long NationalResponses, IReadOnlyList<BenchmarkQuestion> Questions);

/// <summary>One question (or rated item): the three groups' distributions, each with how many responses chose a value.</summary>
/// <param name="Respondents">Each group's responses that answered the question (own, région, national): the denominators of the shares.</param>
public sealed record BenchmarkQuestion(string QuestionKey, string ItemKey, IReadOnlyList<AnswerValueCount> Own, IReadOnlyList<AnswerValueCount> Region, IReadOnlyList<AnswerValueCount> National, IReadOnlyList<long> Respondents)
{
    public string QuestionLabel { get; init; } = QuestionKey;

    public string ItemLabel { get; init; } = ItemKey;
}
