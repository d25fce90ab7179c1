
namespace Sirius.Establishments.Application.Notifications;

/// <summary>Bound from <c>Notifications</c>: when the notification job runs, and how long after activation a CFA is reminded.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Quartz cron expression; every day at 9 a.m. by default.</summary>
    public string Schedule { get; set; } = "0 0 9 * * ?";

    public int CampaignReminderAfterDays { get; set; } = 7;
}
