using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Domain;

/// <summary>A formation of the catalogue as the public pages find it (by CFD, RNCP or CertifInfo code).</summary>
public sealed class PublicFormation
{
    private PublicFormation()
    {
    }

    public string Key { get; private set; } = "";

    public string Cfd { get; private set; } = "";

    public string? RncpCode { get; private set; }

    public string? CertifInfoId { get; private set; }

    public string Title { get; private set; } = "";

    public string Diploma { get; private set; } = "";

    public int Level { get; private set; }

    public string FormateurSiret { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>Where the formation is given (WGS 84); null for a row recorded before places were located.</summary>
    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public static PublicFormation Create(string key) => new() { Key = key };

    public void Update(string cfd, string? rncp, string? certifInfo, string title, string diploma, int level, string formateurSiret, string commune)
    {
        Cfd = cfd;
        RncpCode = rncp;
        CertifInfoId = certifInfo;
        Title = title;
        Diploma = diploma;
        Level = level;
        FormateurSiret = formateurSiret;
        Commune = commune;
    }

    public void Locate(string communeCode, string departmentCode, string regionCode, double latitude, double longitude)
    {
        CommuneCode = communeCode;
        DepartmentCode = departmentCode;
        RegionCode = regionCode;
        Latitude = latitude;
        Longitude = longitude;
    }
}

/// <summary>
/// A counter raised in the same transaction as every change to the module's tables, so that in-memory views of the
/// public read models (the nearby-search index, its cache) know when to rebuild, on every host instance.
/// </summary>
public sealed class ReadModelVersion
{
    public const int SingleId = 1;

    private ReadModelVersion()
    {
    }

    public int Id { get; private set; }

    public long Version { get; private set; }
}

/// <summary>A read-model row of one formation at one establishment, as a pilot's scope selects them.</summary>
public interface IFormationRow
{
    string FormationKey { get; }

    string FormateurSiret { get; }
}

/// <summary>Completed responses of one formation at one establishment (the unit of the anonymity threshold).</summary>
public sealed class FormationResponses : IFormationRow
{
    private FormationResponses()
    {
    }

    public string FormationKey { get; private set; } = "";

    public string Cfd { get; private set; } = "";

    public string FormateurSiret { get; private set; } = "";

    public int Responses { get; set; }

    /// <summary>Of <see cref="Responses"/>, those given through a personal invitation.</summary>
    public int VerifiedResponses { get; set; }

    public static FormationResponses Create(string formationKey, string cfd, string formateurSiret) =>
        new() { FormationKey = formationKey, Cfd = cfd, FormateurSiret = formateurSiret };
}

/// <summary>How many responses of a formation chose a value for a closed question (or one of its items).</summary>
public sealed class AnswerCount
{
    private AnswerCount()
    {
    }

    public string FormationKey { get; private set; } = "";

    public string QuestionKey { get; private set; } = "";

    /// <summary>The rated item, or an empty string for a question without items.</summary>
    public string ItemKey { get; private set; } = "";

    public string Value { get; private set; } = "";

    public int Count { get; set; }

    public static AnswerCount Create(string formationKey, string questionKey, string itemKey, string value) =>
        new() { FormationKey = formationKey, QuestionKey = questionKey, ItemKey = itemKey, Value = value };
}

/// <summary>A response already counted, with what it added, so that a discarded response can be taken back out.</summary>
public sealed class CountedResponse
{
    private CountedResponse()
    {
    }

    public Guid ResponseId { get; private set; }

    public Guid CampaignId { get; private set; }

    public string FormationKey { get; private set; } = "";

    /// <summary>The closed answers counted, as JSON.</summary>
    public string AnswersJson { get; private set; } = "[]";

    public bool Discarded { get; set; }

    public bool Verified { get; private set; }

    public static CountedResponse Create(Guid responseId, Guid campaignId, string formationKey, string answersJson, bool verified) =>
        new() { ResponseId = responseId, CampaignId = campaignId, FormationKey = formationKey, AnswersJson = answersJson, Verified = verified };
}

/// <summary>How many verbatims of a formation are in a moderation status, discarded ones left out (for pilots' figures).</summary>
public sealed class VerbatimTally : IFormationRow
{
    private VerbatimTally()
    {
    }

    public string FormationKey { get; private set; } = "";

    public VerbatimStatus Status { get; private set; }

    public string FormateurSiret { get; private set; } = "";

    public int Count { get; set; }

    public static VerbatimTally Create(string formationKey, string formateurSiret, VerbatimStatus status) =>
        new() { FormationKey = formationKey, FormateurSiret = formateurSiret, Status = status };
}

/// <summary>How many published testimonies of a formation carry a theme (for the public pages' theme counts).</summary>
public sealed class ThemeTally
{
    private ThemeTally()
    {
    }

    public string FormationKey { get; private set; } = "";

    public string Theme { get; private set; } = "";

    public int Count { get; set; }

    public static ThemeTally Create(string formationKey, string theme) => new() { FormationKey = formationKey, Theme = theme };
}

/// <summary>
/// The public statistics page's figures, one row kept by the handlers that count responses and moderation decisions
/// (under the read-models lock), so that the page reads one row instead of counting whole tables.
/// </summary>
public sealed class PublicCounters
{
    public const int SingleId = 1;

    private PublicCounters()
    {
    }

    public int Id { get; private set; }

    /// <summary>Establishments (formateur SIRET) with at least one counted response.</summary>
    public int Establishments { get; set; }

    /// <summary>Campaigns with at least one counted response.</summary>
    public int Campaigns { get; set; }

    /// <summary>Counted responses, discarded ones left out.</summary>
    public int Responses { get; set; }

    /// <summary>Verbatims moderation published (validated or gem), discarded ones left out.</summary>
    public int PublishedTestimonies { get; set; }

    /// <summary>Verbatims moderation rejected, discarded ones left out.</summary>
    public int RejectedTestimonies { get; set; }
}

/// <summary>How many published testimonies carry a theme, all formations together (the public statistics' themes).</summary>
public sealed class NationalThemeTally
{
    private NationalThemeTally()
    {
    }

    public string Theme { get; private set; } = "";

    public int Count { get; set; }

    public static NationalThemeTally Create(string theme) => new() { Theme = theme };
}

/// <summary>
/// How many verbatims got the moderation decision in force this many whole hours after they were received (the last
/// bucket holds everything later): the public median delay is read from these counts, not from every verbatim.
/// </summary>
public sealed class ModerationDelayTally
{
    public const int LastBucket = 90 * 24;

    private ModerationDelayTally()
    {
    }

    public int Hours { get; private set; }

    public int Count { get; set; }

    public static int Of(DateTime receivedAtUtc, DateTime moderatedAtUtc) =>
        (int)Math.Clamp(Math.Floor((moderatedAtUtc - receivedAtUtc).TotalHours), 0, LastBucket);

    public static ModerationDelayTally Create(int hours) => new() { Hours = hours };

    /// <summary>The bucket (whole hours) holding the middle decision; null without any.</summary>
    public static int? Median(IEnumerable<(int Hours, long Count)> buckets)
    {
        var sorted = buckets.Where(b => b.Count > 0).OrderBy(b => b.Hours).ToList();
        var total = sorted.Sum(b => b.Count);
        var seen = 0L;
        foreach (var (hours, count) in sorted)
        {
            seen += count;
            if (seen * 2 >= total)
            {
                return hours;
            }
        }

        return null;
    }
}
