using System.IO.Compression;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Rosters;

namespace Sirius.Questionnaires.Infrastructure.Rosters;

/// <summary>
/// Reads roster files: CSV (UTF-8, « ; » or « , » between cells, quotes doubled inside quoted cells) or the first
/// sheet of an XLSX workbook. A cell holding a formula is read as its formula (« =… »), so that the line is refused.
/// </summary>
internal sealed class RosterFileReader : IRosterFileReader
{
    private const long MaxUnpackedBytes = 20 * 1024 * 1024;

    private static readonly Error NotSupported = new(
        "roster.file", "Le fichier doit être un tableau CSV (.csv) ou Excel (.xlsx) : téléchargez le modèle.", ErrorKind.Invalid, "file");

    public Result<IReadOnlyList<RosterFileRow>> Read(string fileName, Stream content, int maxRows)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" => ReadCsv(content, maxRows),
                ".xlsx" => ReadXlsx(content, maxRows),
                _ => NotSupported,
            };
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or FormatException or DecoderFallbackException)
        {
            return NotSupported;
        }
    }

    private static Result<IReadOnlyList<RosterFileRow>> ReadCsv(Stream content, int maxRows)
    {
        string text;
        using (var decoder = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            text = decoder.ReadToEnd();
        }

        // One row per line, as the template has it: a quote left open ends with its line instead of swallowing the next apprentices.
        var options = CsvReaderOptions.Default with
        {
            Separator = SeparatorOf(text),
            HasHeader = false,
            AllowLineBreaksInQuotes = false,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.FromText(text, options);
        var rows = new List<RosterFileRow>();
        while (rows.Count < maxRows && csv.Read())
        {
            var record = csv.Current;
            var raw = record.ToString();
            if (raw.Contains('\0', StringComparison.Ordinal))
            {
                return NotSupported;
            }

            if (!string.IsNullOrWhiteSpace(raw))
            {
                rows.Add(new RosterFileRow((int)csv.LineNumber, record.ToArray()));
            }
        }

        return rows;
    }

    /// <summary>« ; » unless the first line that is not blank has more « , » than « ; » (a spreadsheet saved with commas).</summary>
    private static char SeparatorOf(string text)
    {
        var first = text.Split(['\r', '\n']).FirstOrDefault(line => !string.IsNullOrWhiteSpace(line)) ?? "";
        return first.Count(c => c == ';') >= first.Count(c => c == ',') ? ';' : ',';
    }

    private static Result<IReadOnlyList<RosterFileRow>> ReadXlsx(Stream content, int maxRows)
    {
        using var buffered = new MemoryStream();
        content.CopyTo(buffered);
        using (var zip = new ZipArchive(buffered, ZipArchiveMode.Read, leaveOpen: true))
        {
            // A small file may unpack into a huge one: the workbook is refused before it is parsed.
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return NotSupported;
            }
        }

        buffered.Position = 0;
        using var document = SpreadsheetDocument.Open(buffered, false);
        var workbook = document.WorkbookPart;
        var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
        {
            return NotSupported;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<RosterFileRow>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            if (rows.Count >= maxRows)
            {
                break;
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, shared));
            }

            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                rows.Add(new RosterFileRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }
        }

        return rows;
    }

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.CellFormula is { } formula)
        {
            return "=" + formula.Text;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < shared.Count ? shared[index] : "";
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
    }

    /// <summary>The 0-based column of a reference such as « C12 ».</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }
}
