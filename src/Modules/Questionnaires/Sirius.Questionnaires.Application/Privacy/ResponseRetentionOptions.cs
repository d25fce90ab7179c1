namespace Sirius.Questionnaires.Application.Privacy;

/// <summary>Bound from <c>Retention</c>: how long responses keep the address hash and the free texts.</summary>
public sealed class ResponseRetentionOptions
{
    /// <summary>The hash only serves the hourly « same address » flag.</summary>
    public int AddressHashDays { get; set; } = 2;

    public int ResponseFreeTextsDays { get; set; } = 30;

    /// <summary>Days after a campaign's end (or deletion) before its roster's names and addresses are erased.</summary>
    public int RosterDays { get; set; } = 30;
}
