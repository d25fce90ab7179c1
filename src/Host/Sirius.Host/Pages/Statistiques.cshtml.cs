using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sirius.Establishments.Contracts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages;

/// <summary>
/// The public figures since Sirius opened, for a journalist or a family: totals, responses per month (a chart and its
/// table), per région and diploma level, the themes most written about and how moderation goes. Every figure comes
/// from read models the projections keep, already withheld below the anonymity threshold by the modules; the rendered
/// page is kept for the versions of both read sides (<see cref="Web.PublicReadCache"/>).
/// </summary>
public sealed class StatistiquesModel(IMediator mediator) : PageModel
{
    /// <summary>The themes listed (the most written about).</summary>
    public const int TopThemes = 10;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public PublicStatistics Testimonies { get; private set; } = null!;

    public PublicResponseFigures Responses { get; private set; } = null!;

    public ReferenceNames Names { get; private set; } = null!;

    public MonthlyChart Chart { get; private set; } = null!;

    /// <summary>Said wherever a figure is withheld.</summary>
    public string Withheld => $"Moins de {Testimonies.AnonymityThreshold}";

    public string WithheldNotice =>
        $"Un chiffre inférieur à {Testimonies.AnonymityThreshold} n’est jamais publié\u202f: il est remplacé par «\u202fmoins de {Testimonies.AnonymityThreshold}\u202f» "
        + "pour protéger l’anonymat des apprentis. Quand un seul groupe d’un tableau est dans ce cas, le plus petit des autres est aussi «\u202fmasqué\u202f», "
        + "pour qu’on ne puisse pas le retrouver par différence.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Testimonies = await mediator.Send(new GetPublicStatistics(), cancellationToken);
        Responses = await mediator.Send(new GetPublicResponseFigures(), cancellationToken);
        Names = await mediator.Send(new GetReferenceNames(), cancellationToken);
        Chart = MonthlyChart.Of(Responses.Monthly, Figure);
    }

    /// <summary>A count as the page prints it: « moins de 3 » when withheld, « masqué » when withheld to protect another.</summary>
    public string Figure(long? count, bool complement = false) =>
        count is { } shown ? shown.ToString("N0", French) : complement ? "masqué" : Withheld.ToLowerInvariant();

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    public static string Percent(double value) => value.ToString("0.#", French) + "\u202f%";

    /// <summary>A group's count with its share of the breakdown, « moins de 3 » or « masqué » when withheld.</summary>
    public string Group(PublicGroup group) =>
        group.SharePercent is { } share ? $"{Figure(group.Responses)} ({Percent(share)})" : Figure(group.Responses, group.Complement);

    /// <summary>The median delay in words: hours under two days, days beyond.</summary>
    public static string Delay(int hours) => hours switch
    {
        0 => "moins d’une heure",
        1 => "entre 1 et 2 heures",
        < 48 => $"environ {hours} heures",
        >= 90 * 24 => "plus de 90 jours",
        _ => $"environ {Math.Round(hours / 24.0):0} jours",
    };
}

/// <summary>
/// The responses-per-month bar chart, drawn on the server as SVG (no script, nothing fetched): one bar per month in the
/// DSFR's blue, a month withheld below the threshold drawn as an empty outlined bar.
/// </summary>
public sealed record MonthlyChart(IReadOnlyList<MonthlyChart.Bar> Bars, IReadOnlyList<MonthlyChart.Tick> Ticks)
{
    public const int Width = 720;
    public const int Height = 260;
    public const int Left = 72;
    public const int Bottom = 40;
    public const int Top = 12;
    private const int PlotHeight = Height - Bottom - Top;

    public sealed record Bar(double X, double Width, double Y, double Height, string Label, bool Withheld, string? AxisLabel);

    public sealed record Tick(double Y, string Label);

    /// <param name="figure">A count as the page prints it (withheld ones included).</param>
    public static MonthlyChart Of(IReadOnlyList<PublicMonth> months, Func<long?, bool, string> figure)
    {
        if (months.Count == 0)
        {
            return new MonthlyChart([], []);
        }

        var max = Nice(Math.Max(1, months.Max(m => m.Responses ?? 0)));
        var slot = (double)(Width - Left - 8) / months.Count;
        // At most five month names, so that they stay apart when a phone draws them larger.
        var labelEvery = (months.Count + 4) / 5;
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var bars = months.Select((m, i) =>
        {
            var height = m.Responses is { } count ? PlotHeight * count / (double)max : 0;
            var label = $"{figure(m.Responses, m.Complement)} en {m.Month.ToString("MMMM yyyy", french)}";
            var axis = i % labelEvery == 0 || i == months.Count - 1 && months.Count <= 6 ? m.Month.ToString("MMM yy", french) : null;
            return new Bar(Left + i * slot + slot * 0.15, slot * 0.7, Height - Bottom - height, height, label, m.Responses is null, axis);
        }).ToList();
        var ticks = Enumerable.Range(0, 5).Select(i => max * i / 4)
            .Select(v => new Tick(Height - Bottom - PlotHeight * v / (double)max, v.ToString("N0", french))).ToList();
        return new MonthlyChart(bars, ticks);
    }

    /// <summary>The axis' top: four equal steps of a round size (1, 2 or 5 times a power of ten).</summary>
    private static long Nice(long value)
    {
        var step = (value + 3) / 4;
        var power = (long)Math.Pow(10, Math.Floor(Math.Log10(step)));
        return 4 * new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= step);
    }
}
