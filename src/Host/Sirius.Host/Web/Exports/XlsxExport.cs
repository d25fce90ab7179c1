using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sirius.Host.Web.Exports;

/// <summary>An XLSX workbook with one sheet per table, named after its caption: a header row, then the rows (numbers stay numbers).</summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<DataTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(Row(table.Headers));
                foreach (var row in table.Rows)
                {
                    data.Append(Row(row));
                }

                part.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Caption, names) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> cells) => new(cells.Select(Cell));

    private static Cell Cell(object? value) => value switch
    {
        int or long or double or decimal => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
    };

    /// <summary>Sheet names: at most 31 characters, none of <c>: \ / ? * [ ]</c>, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> taken)
    {
        var clean = new string(title.Select(c => ":\\/?*[]".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim();
        var name = clean.Length == 0 ? "Feuille" : clean[..Math.Min(clean.Length, 31)];
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return name;
    }
}
