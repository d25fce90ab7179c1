namespace Sirius.Questionnaires.Application.Common;

/// <summary>Campaigns open and close, and rosters expire, on French calendar days.</summary>
internal static class FrenchCalendar
{
    private static readonly TimeZoneInfo France = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Today in France.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), France).DateTime);
}
