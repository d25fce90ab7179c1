using System.Globalization;
using System.Text;

namespace Sirius.Host.Web.Exports;

/// <summary>
/// CSV as French spreadsheets open it: UTF-8 with a byte-order mark, « ; » between cells; several tables follow one
/// another, each under its caption. A cell starting like a formula is prefixed with « ' » so that no spreadsheet runs it.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<DataTable> tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            if (tables.Count > 1)
            {
                if (text.Length > 0)
                {
                    text.Append("\r\n");
                }

                Line(text, [table.Caption]);
            }

            Line(text, table.Headers);
            foreach (var row in table.Rows)
            {
                Line(text, row);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
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
            double d => d.ToString("0.###", CultureInfo.GetCultureInfo("fr-FR")),
            IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
            _ => value.ToString() ?? "",
        };
        if (value is string && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
