using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc;

namespace Sirius.Host.Web;

/// <summary>
/// A table of figures as a page shows it (caption, headers, rows) and as it is exported. Numbers stay numbers in XLSX.
/// <paramref name="Chart"/> asks wwwroot/js/charts.js to draw it ("bar" or "line"), from the table itself.
/// </summary>
public sealed record DataTable(string Id, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Chart = null)
{
    public static string Format(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")),
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
        _ => value.ToString() ?? "",
    };
}

/// <summary>CSV (semicolon, UTF-8 with BOM, as French spreadsheets expect) and XLSX downloads of a <see cref="DataTable"/>.</summary>
public static class DataTableExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static FileContentResult? File(DataTable table, string format, string name) => format switch
    {
        Csv => new FileContentResult(ToCsv(table), "text/csv; charset=utf-8") { FileDownloadName = $"{name}-{table.Id}.csv" },
        Xlsx => new FileContentResult(ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = $"{name}-{table.Id}.xlsx" },
        _ => null,
    };

    public static byte[] ToCsv(DataTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', table.Headers.Select(Quote)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(';', row.Select(v => Quote(v switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
                _ => v.ToString() ?? "",
            }))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] ToXlsx(DataTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(table.Headers));
            foreach (var row in table.Rows)
            {
                data.Append(Row(row));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = table.Id.Length > 31 ? table.Id[..31] : table.Id,
            });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.Append(value switch
            {
                int or long or double or decimal => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
            });
        }

        return row;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
