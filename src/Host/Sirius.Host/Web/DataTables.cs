using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sirius.Host.Web.Exports;

namespace Sirius.Host.Web;

/// <summary>
/// A table of figures as a page shows it (caption, headers, rows) and as it is exported. Numbers stay numbers in XLSX.
/// <paramref name="Chart"/> asks wwwroot/js/charts.js to draw it ("bar" or "line"), from the table itself.
/// </summary>
public sealed record DataTable(string Id, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Chart = null)
{
    /// <summary>
    /// The rows a page shows when it shows fewer than <see cref="Rows"/> (a top list of a long breakdown); exports keep
    /// every row. Null: the page shows them all.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<object?>>? Shown { get; init; }

    /// <summary>The column <see cref="Shown"/> ranks by.</summary>
    public int ShownBy { get; init; }

    /// <summary>Said above the table: why some of its figures (« — ») or all of them are withheld.</summary>
    public string? Notice { get; init; }

    /// <summary>Shows only the <paramref name="count"/> rows with the largest value in <paramref name="column"/> (ties by first cell).</summary>
    public DataTable Top(int count, int column) => Rows.Count <= count
        ? this
        : this with
        {
            Shown = Rows.OrderByDescending(r => Convert.ToDouble(r[column] ?? 0, CultureInfo.InvariantCulture))
                .ThenBy(r => Format(r[0]), StringComparer.Ordinal)
                .Take(count)
                .ToList(),
            ShownBy = column,
        };

    public static string Format(object? value) => value switch
    {
        null => "—",
        Percentage p => (p.Fraction * 100).ToString("0", CultureInfo.GetCultureInfo("fr-FR")) + "\u202F%",
        double d => d.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")),
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
        _ => value.ToString() ?? "",
    };
}

/// <summary>A share (0.83), exported as a number formatted as a percentage (« 83 % »).</summary>
public readonly record struct Percentage(double Fraction);

/// <summary>A table shown as a page section (chart, table, export links); <paramref name="ExportUrl"/> is the page's export handler URL, if any.</summary>
public sealed record DataTableSection(DataTable Table, string? ExportUrl);

/// <summary>CSV (semicolon, UTF-8 with BOM, as French spreadsheets expect) and XLSX downloads of a <see cref="DataTable"/>.</summary>
public static class DataTableExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static FileContentResult? File(DataTable table, string format, string name) => format switch
    {
        Csv => new FileContentResult(CsvExport.Write(table), CsvExport.ContentType) { FileDownloadName = $"{name}-{table.Id}.csv" },
        Xlsx => new FileContentResult(XlsxExport.Write([table]), XlsxExport.ContentType) { FileDownloadName = $"{name}-{table.Id}.xlsx" },
        _ => null,
    };
}
