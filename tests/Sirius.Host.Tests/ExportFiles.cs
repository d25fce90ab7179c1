using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sirius.Host.Tests;

/// <summary>Reads the results export back: the ZIP's CSV files and the workbook's sheets, as text.</summary>
internal static class ExportFiles
{
    /// <summary>Each CSV of the ZIP by file name, as its lines (the byte-order mark checked and left out).</summary>
    public static Dictionary<string, string[]> Csvs(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            using (var entry = e.Open())
            {
                entry.CopyTo(content);
            }

            var bytes = content.ToArray();
            if (!bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()))
            {
                throw new InvalidDataException($"{e.FullName} has no UTF-8 byte-order mark");
            }

            return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        });
    }

    /// <summary>Every line of every CSV of the ZIP.</summary>
    public static string[] CsvLines(byte[] zip) => [.. Csvs(zip).Values.SelectMany(lines => lines)];

    /// <summary>Each sheet by name, as its rows of cell texts (numbers and dates as their stored value).</summary>
    public static Dictionary<string, List<List<string>>> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList());
    }
}
