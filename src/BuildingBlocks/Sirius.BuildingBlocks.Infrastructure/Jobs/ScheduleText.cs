using System.Globalization;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>A job's schedule in French words: its interval, or the usual shapes of a Quartz cron expression.</summary>
public static class ScheduleText
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MON"] = "lundi", ["TUE"] = "mardi", ["WED"] = "mercredi", ["THU"] = "jeudi", ["FRI"] = "vendredi", ["SAT"] = "samedi", ["SUN"] = "dimanche",
        ["2"] = "lundi", ["3"] = "mardi", ["4"] = "mercredi", ["5"] = "jeudi", ["6"] = "vendredi", ["7"] = "samedi", ["1"] = "dimanche",
    };

    public static string Describe(ScheduledJob job) =>
        job.Cron is { } cron ? Cron(cron) : Interval(job.Interval ?? ScheduledJob.DefaultInterval);

    public static string Interval(TimeSpan interval) => interval switch
    {
        { TotalDays: >= 1 } when interval.TotalDays % 1 == 0 => interval.TotalDays == 1 ? "Tous les jours" : $"Tous les {interval.TotalDays:0} jours",
        { TotalHours: >= 1 } when interval.TotalHours % 1 == 0 => interval.TotalHours == 1 ? "Toutes les heures" : $"Toutes les {interval.TotalHours:0} heures",
        { TotalMinutes: >= 1 } when interval.TotalMinutes % 1 == 0 => interval.TotalMinutes == 1 ? "Toutes les minutes" : $"Toutes les {interval.TotalMinutes:0} minutes",
        _ => interval.TotalSeconds == 1 ? "Toutes les secondes" : $"Toutes les {interval.TotalSeconds.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR"))} secondes",
    };

    /// <summary>Seconds, minutes, hours, day of month, month, day of week, year (times are the server's).</summary>
    public static string Cron(string expression)
    {
        var f = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 7 && Number(f[6]) is { } year && year > DateTime.UtcNow.Year + 1)
        {
            return "Aucune exécution planifiée (lancement manuel seulement)";
        }

        if (f.Length is < 6 or > 7 || f[0] != "0" || f[4] != "*" || (f.Length == 7 && f[6] != "*"))
        {
            return Raw(expression);
        }

        var (minute, hour, dayOfMonth, dayOfWeek) = (f[1], f[2], f[3], f[5]);
        var everyDay = dayOfMonth is "*" or "?" && dayOfWeek is "*" or "?";
        if (hour == "*" && everyDay)
        {
            if (minute == "*")
            {
                return "Toutes les minutes";
            }

            if (minute.StartsWith("0/", StringComparison.Ordinal) || minute.StartsWith("*/", StringComparison.Ordinal))
            {
                return Interval(TimeSpan.FromMinutes(int.Parse(minute[2..], CultureInfo.InvariantCulture)));
            }

            return Number(minute) switch
            {
                0 => "Toutes les heures, à l’heure pile",
                { } m => $"Toutes les heures, à {m} minute{(m > 1 ? "s" : string.Empty)}",
                _ => Raw(expression),
            };
        }

        if (Number(minute) is not { } at || Number(hour) is not { } h)
        {
            return Raw(expression);
        }

        var time = at == 0 ? $"{h} h" : $"{h} h {at:00}";
        if (everyDay)
        {
            return $"Chaque jour à {time} (heure du serveur)";
        }

        if (dayOfMonth == "?" && Days.TryGetValue(dayOfWeek, out var day))
        {
            return $"Chaque {day} à {time} (heure du serveur)";
        }

        return dayOfWeek == "?" && Number(dayOfMonth) is { } date
            ? $"Le {(date == 1 ? "1er" : date.ToString(CultureInfo.InvariantCulture))} de chaque mois à {time} (heure du serveur)"
            : Raw(expression);
    }

    /// <summary>True for a job that runs every hour or more often: its routine successes would flood the history.</summary>
    public static bool IsFrequent(ScheduledJob job)
    {
        if (job.Cron is not { } cron)
        {
            return (job.Interval ?? ScheduledJob.DefaultInterval) <= TimeSpan.FromHours(1);
        }

        if (!Quartz.CronExpression.TryParse(cron, out var expression) || expression is null)
        {
            return false;
        }

        var first = expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow);
        var second = first is { } after ? expression.GetNextValidTimeAfter(after) : null;
        return second - first <= TimeSpan.FromHours(1);
    }

    private static int? Number(string field) => int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Raw(string expression) => $"Selon le calendrier « {expression} »";
}
