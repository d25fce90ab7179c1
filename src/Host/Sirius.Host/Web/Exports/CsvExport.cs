using System.Globalization;
using System.IO.Compression;
using CsvHelper;

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

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        WriteByteOrderMark = true,
        FormatProvider = French,
        Injection = CsvInjection.Escape,
        ValidateFieldCount = false,
    };

    public static byte[] Write(DataTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. table.Headers]);
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    Cell(csv, cell);
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
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

    /// <summary>Text goes through the injection guard; numbers and dates are written as French spreadsheets read them back.</summary>
    private static void Cell(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case double d:
                csv.WriteField(d, "0.###");
                break;
            // « 83% »: the form French spreadsheets read back as a percentage.
            case Percentage p:
                csv.WriteField(p.Fraction * 100, "0.#'%'");
                break;
            case DateOnly d:
                csv.WriteField(d, "dd/MM/yyyy");
                break;
            case DateTime d:
                csv.WriteField(d, "G");
                break;
            default:
                csv.WriteField(value);
                break;
        }
    }
}
