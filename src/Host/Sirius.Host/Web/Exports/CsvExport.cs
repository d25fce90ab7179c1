using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sirius.Host.Web.Exports;

/// <summary>
/// CSV as French spreadsheets open it: UTF-8 with a byte-order mark, « ; » between cells, one table per file (several
/// tables are a ZIP of one CSV each). A cell starting like a formula is prefixed with « ' » so that no spreadsheet runs it.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string ZipContentType = "application/zip";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Write(DataTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Headers);
        foreach (var row in table.Rows)
        {
            Line(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A ZIP of one CSV per table, numbered in order and named after the table's id (« 01-synthese.csv »).</summary>
    public static byte[] Zip(IReadOnlyList<DataTable> tables)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < tables.Count; i++)
            {
                using var entry = zip.CreateEntry($"{i + 1:00}-{tables[i].Id}.csv", CompressionLevel.Optimal).Open();
                entry.Write(Write(tables[i]));
            }
        }

        return stream.ToArray();
    }

    private static void Line(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(';', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(object? value)
    {
        var cell = value switch
        {
            null => "",
            double d => d.ToString("0.###", French),
            // « 83% »: the form French spreadsheets read back as a percentage.
            Percentage p => (p.Fraction * 100).ToString("0.#", French) + "%",
            DateOnly d => d.ToString("dd/MM/yyyy", French),
            IFormattable f => f.ToString(null, French),
            _ => value.ToString() ?? "",
        };
        if (value is string && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
