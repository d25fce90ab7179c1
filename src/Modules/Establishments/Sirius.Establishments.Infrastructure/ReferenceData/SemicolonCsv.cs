using CsvHelper;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>One record of a CSV file: its fields, or null when a quoted field was never closed.</summary>
internal sealed record CsvRecord(int LineNumber, string[]? Fields);

/// <summary>
/// Reads and writes the catalogue's semicolon-separated values with CsvHelper (RFC 4180 quoting: a field holding a
/// separator, a quote or a line break is quoted and its quotes doubled, docs/adr/0037). Blank lines are skipped but
/// still counted.
/// </summary>
internal static class SemicolonCsv
{
    public const char Separator = ';';

    // A quoted field may hold line breaks, but a quote left open must not swallow the rest of the file: a record that
    // runs to the end of the input with its quote open, or over more lines than this, is given up and the lines after
    // its first are read again as records of their own.
    private const int MaxLinesPerRecord = 20;

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        Separator = Separator,
        NewLine = "\n",
        ValidateFieldCount = false,
    };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = Separator,
        HasHeader = false,
        TrackLineNumbers = true,
    };

    public static void WriteRecords(TextWriter writer, IEnumerable<string[]> records)
    {
        using var csv = CsvWriter.Create(writer, WriterOptions, leaveOpen: true);
        foreach (var record in records)
        {
            csv.WriteRecord(record);
        }
    }

    public static IEnumerable<CsvRecord> ReadRecords(TextReader reader) => ReadRecords(reader, firstLine: 1);

    private static IEnumerable<CsvRecord> ReadRecords(TextReader reader, int firstLine)
    {
        var unclosed = false;
        using var csv = CsvReader.Create(reader, ReaderOptions with { OnMalformedRecord = m => unclosed |= m.Reason == CsvMalformedReason.UnterminatedQuote }, leaveOpen: true);
        while (csv.Read())
        {
            var record = csv.Current;
            var raw = record.ToString();
            var lineNumber = firstLine - 1 + (int)csv.LineNumber;
            var lines = raw.ReplaceLineEndings("\n").Split('\n');
            if (unclosed || lines.Length > MaxLinesPerRecord)
            {
                yield return new CsvRecord(lineNumber, null);
                foreach (var replayed in ReadRecords(new StringReader(string.Join('\n', lines[1..])), lineNumber + 1))
                {
                    yield return replayed;
                }

                unclosed = false;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(raw))
            {
                yield return new CsvRecord(lineNumber, [.. record.ToArray().Select(f => f ?? "")]);
            }
        }
    }
}
