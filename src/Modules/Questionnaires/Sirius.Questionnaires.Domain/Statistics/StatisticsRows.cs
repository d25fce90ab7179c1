namespace Sirius.Questionnaires.Domain.Statistics;

/// <summary>
/// The statistics read side, one row per campaign: its scope columns (SIRET, formation, région, département, diploma
/// level) and its counters, so that pilots' figures add up pre-aggregated rows instead of scanning responses.
/// Written with the campaign, raised when a response completes, lowered when one is discarded, rebuilt on demand.
/// </summary>
public sealed class CampaignStatistics
{
    private CampaignStatistics()
    {
    }

    public Guid CampaignId { get; private set; }

    public string Siret { get; private set; } = "";

    public string FormationKey { get; private set; } = "";

    public string Cfd { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string AcademyCode { get; private set; } = "";

    public string RncpCode { get; private set; } = "";

    public int DiplomaLevel { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int Seats { get; private set; }

    public bool Deleted { get; private set; }

    /// <summary>Completed responses not discarded.</summary>
    public int Responses { get; set; }

    /// <summary>Responses with at least one free-text answer.</summary>
    public int FreeTextResponses { get; set; }

    /// <summary>Responses given through a personal invitation link (verified respondents).</summary>
    public int VerifiedResponses { get; set; }

    /// <summary>Roster lines sent their personal invitation.</summary>
    public int Invited { get; set; }

    /// <summary>Personal invitation links used to answer (as the roster lines record it, never which response).</summary>
    public int InvitationsAnswered { get; set; }

    public long DurationSecondsSum { get; set; }

    public static CampaignStatistics Create(Guid campaignId, string siret, string formationKey, string cfd, string regionCode, string departmentCode, int diplomaLevel) => new()
    {
        CampaignId = campaignId,
        Siret = siret,
        FormationKey = formationKey,
        Cfd = cfd,
        RegionCode = regionCode,
        DepartmentCode = departmentCode,
        DiplomaLevel = diplomaLevel,
    };

    /// <summary>A campaign's row with its formation's scope columns (empty ones when the formation is unknown).</summary>
    public static CampaignStatistics Create(Guid campaignId, string siret, string formationKey, Campaigns.CampaignFormation? formation) => new()
    {
        CampaignId = campaignId,
        Siret = siret,
        FormationKey = formationKey,
        Cfd = formation?.Cfd ?? "",
        RegionCode = formation?.RegionCode ?? "",
        DepartmentCode = formation?.DepartmentCode ?? "",
        AcademyCode = formation?.AcademyCode ?? "",
        RncpCode = formation?.RncpCode ?? "",
        DiplomaLevel = formation?.Level ?? 0,
    };

    public void Schedule(DateOnly startDate, DateOnly endDate, int seats, bool deleted)
    {
        StartDate = startDate;
        EndDate = endDate;
        Seats = seats;
        Deleted = deleted;
    }

    /// <summary>Adds (+1) or removes (-1) one response.</summary>
    public void Count(int durationSeconds, bool withFreeText, bool verified, int delta)
    {
        Responses += delta;
        FreeTextResponses += withFreeText ? delta : 0;
        VerifiedResponses += verified ? delta : 0;
        DurationSecondsSum += (long)durationSeconds * delta;
    }
}

/// <summary>
/// Completion times of a campaign's responses in buckets of <see cref="BucketSeconds"/> seconds (the last one holds
/// everything longer): a median over millions of responses is read from a few thousand counts.
/// </summary>
public sealed class DurationBucket
{
    public const int BucketSeconds = 15;
    public const int LastBucket = 240;

    private DurationBucket()
    {
    }

    public Guid CampaignId { get; private set; }

    public int Bucket { get; private set; }

    public int Responses { get; set; }

    public static int Of(int durationSeconds) => Math.Min(Math.Max(0, durationSeconds) / BucketSeconds, LastBucket);

    public static DurationBucket Create(Guid campaignId, int bucket) => new() { CampaignId = campaignId, Bucket = bucket };

    /// <summary>The median estimated from bucket counts: the middle of the bucket holding the middle response.</summary>
    public static int? Median(IEnumerable<(int Bucket, long Responses)> buckets)
    {
        var sorted = buckets.Where(b => b.Responses > 0).OrderBy(b => b.Bucket).ToList();
        var total = sorted.Sum(b => b.Responses);
        if (total == 0)
        {
            return null;
        }

        var seen = 0L;
        foreach (var (bucket, responses) in sorted)
        {
            seen += responses;
            if (seen * 2 >= total)
            {
                return bucket * BucketSeconds + BucketSeconds / 2;
            }
        }

        return null;
    }
}

/// <summary>Responses completed per campaign and day (UTC), for weekly and monthly series.</summary>
public sealed class DailyResponses
{
    private DailyResponses()
    {
    }

    public Guid CampaignId { get; private set; }

    public DateOnly Day { get; private set; }

    public int Responses { get; set; }

    public static DailyResponses Create(Guid campaignId, DateOnly day) => new() { CampaignId = campaignId, Day = day };
}

/// <summary>How many responses of a campaign chose a value (per question key and rated item): the answer distributions.</summary>
public sealed class AnswerStatistics
{
    private AnswerStatistics()
    {
    }

    public Guid CampaignId { get; private set; }

    public string QuestionKey { get; private set; } = "";

    public string ItemKey { get; private set; } = "";

    public string Value { get; private set; } = "";

    public int Responses { get; set; }

    public static AnswerStatistics Create(Guid campaignId, string questionKey, string itemKey, string value) =>
        new() { CampaignId = campaignId, QuestionKey = questionKey, ItemKey = itemKey, Value = value };
}

/// <summary>
/// The areas the national, région and département figures are pre-aggregated for: a campaign's counters (durations,
/// days, answers) are added to the country's, its région's and its département's, as long as it is not deleted.
/// </summary>
public static class StatisticsArea
{
    public const string National = "national";
    public const string Region = "region";
    public const string Department = "department";

    /// <summary>Whether a scope of this kind is read from the area tables.</summary>
    public static bool Covers(string scopeKind) => scopeKind is National or Region or Department;

    /// <summary>The areas (kind, code) a campaign of this région and département counts in; the country's code is empty.</summary>
    public static IReadOnlyList<(string Area, string Code)> Of(string regionCode, string departmentCode) =>
        [(National, ""), (Region, regionCode), (Department, departmentCode)];
}

/// <summary>Completion-time buckets of an area (see <see cref="StatisticsArea"/> and <see cref="DurationBucket"/>).</summary>
public sealed class AreaDurations
{
    private AreaDurations()
    {
    }

    public string Area { get; private set; } = "";

    public string Code { get; private set; } = "";

    public int Bucket { get; private set; }

    public long Responses { get; set; }

    public static AreaDurations Create(string area, string code, int bucket) => new() { Area = area, Code = code, Bucket = bucket };
}

/// <summary>Responses completed per area and day (UTC).</summary>
public sealed class AreaDays
{
    private AreaDays()
    {
    }

    public string Area { get; private set; } = "";

    public string Code { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public long Responses { get; set; }

    public static AreaDays Create(string area, string code, DateOnly day) => new() { Area = area, Code = code, Day = day };
}

/// <summary>How many responses of an area chose a value (per question key and rated item).</summary>
public sealed class AreaAnswers
{
    private AreaAnswers()
    {
    }

    public string Area { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string QuestionKey { get; private set; } = "";

    public string ItemKey { get; private set; } = "";

    public string Value { get; private set; } = "";

    public long Responses { get; set; }

    public static AreaAnswers Create(string area, string code, string questionKey, string itemKey, string value) =>
        new() { Area = area, Code = code, QuestionKey = questionKey, ItemKey = itemKey, Value = value };
}

/// <summary>
/// A counter raised in the same transaction as every change to the statistics read side, so that reports cached in
/// memory (on every host instance) are computed again once it moves.
/// </summary>
public sealed class StatisticsVersion
{
    public const int SingleId = 1;

    private StatisticsVersion()
    {
    }

    public int Id { get; private set; }

    public long Version { get; private set; }
}

/// <summary>
/// The public statistics page's breakdowns of responses (campaigns not deleted), one row per dimension and key, kept
/// beside the area rows: a month (<see cref="Month"/>), a région code or a diploma level. The page reads a few dozen
/// rows instead of adding up every campaign.
/// </summary>
public sealed class PublicResponseTally
{
    public const string Month = "month";
    public const string Region = "region";
    public const string DiplomaLevel = "level";

    private PublicResponseTally()
    {
    }

    public string Dimension { get; private set; } = "";

    /// <summary>« 2026-12 » for a month, the INSEE code of a région, the level as a number (empty when unknown).</summary>
    public string Key { get; private set; } = "";

    public long Responses { get; set; }

    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string LevelKey(int level) => level == 0 ? "" : level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows (dimension, key) a campaign's responses of these days count in.</summary>
    public static IEnumerable<((string Dimension, string Key) Row, long Responses)> Of(string regionCode, int diplomaLevel, IEnumerable<(DateOnly Day, long Responses)> days)
    {
        var list = days.ToList();
        var total = list.Sum(d => d.Responses);
        return list.GroupBy(d => MonthKey(d.Day)).Select(g => ((Month, g.Key), g.Sum(d => d.Responses)))
            .Append(((Region, regionCode), total))
            .Append(((DiplomaLevel, LevelKey(diplomaLevel)), total));
    }

    public static PublicResponseTally Create(string dimension, string key) => new() { Dimension = dimension, Key = key };
}
