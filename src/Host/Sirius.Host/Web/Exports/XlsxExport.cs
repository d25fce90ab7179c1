using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sirius.Host.Web.Exports;

/// <summary>
/// An XLSX workbook with one sheet per table, named after its caption: a bold, frozen header row, then the rows.
/// Numbers stay numbers, dates are date cells (« 07/12/2026 ») and <see cref="Percentage"/>s numbers shown as « 83 % ».
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const int MaxSheetName = 31;

    // Cell formats of the stylesheet below, by index.
    private const uint Header = 1, Date = 2, Percent = 3;

    public static byte[] Write(IEnumerable<DataTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var table in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(new Row(table.Headers.Select(h => Text(h, Header))));
                foreach (var row in table.Rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }

                part.Worksheet = new Worksheet(FrozenHeader(), Widths(table), data);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Caption, names) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell Cell(object? value) => value switch
    {
        int or long or double or decimal => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        Percentage p => Number(p.Fraction, Percent),
        DateOnly d => Number(d.ToDateTime(TimeOnly.MinValue).ToOADate(), Date),
        DateTime d => Number(d.Date.ToOADate(), Date),
        _ => Text(value?.ToString() ?? "", 0),
    };

    private static Cell Number(double value, uint style = 0) =>
        new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

    private static Cell Text(string value, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)), StyleIndex = style == 0 ? null : style };

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    /// <summary>Each column as wide as its longest header or cell (within bounds), in characters.</summary>
    private static Columns Widths(DataTable table) => new(table.Headers.Select((header, i) =>
    {
        var longest = table.Rows.Select(r => i < r.Count ? Width(r[i]) : 0).Append(header.Length).Max();
        return new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(longest + 2, 10, 80), CustomWidth = true };
    }));

    private static int Width(object? value) => value switch
    {
        null => 0,
        DateOnly or DateTime => 10,
        Percentage => 6,
        _ => DataTable.Format(value).Length,
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0\"\u202F\"%" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 4 });

    /// <summary>Sheet names: at most 31 characters (cut with « … »), none of <c>: \ / ? * [ ]</c>, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> taken)
    {
        var clean = string.Join(' ', new string(title.Select(c => ":\\/?*[]".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray())
            .Split(' ', '\u00A0', '\u202F').Where(w => w.Length > 0)).Trim('\'');
        var name = Cut(clean.Length == 0 ? "Feuille" : clean, MaxSheetName);
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(clean, MaxSheetName - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
