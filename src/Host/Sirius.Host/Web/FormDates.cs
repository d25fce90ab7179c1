using System.Globalization;

namespace Sirius.Host.Web;

/// <summary>Dates as <c>&lt;input type="date"&gt;</c> posts and shows them (yyyy-MM-dd).</summary>
public static class FormDates
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);
}
