using System.Text;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>One record of a CSV file: its fields, or null when a quoted field was never closed.</summary>
internal sealed record CsvRecord(int LineNumber, string[]? Fields);

/// <summary>
/// Reads and writes semicolon-separated values (RFC 4180 quoting: a field holding a separator, a quote or a line break is
/// quoted and its quotes doubled). Reading streams line by line; blank lines are skipped but still counted.
/// </summary>
internal static class SemicolonCsv
{
    public const char Separator = ';';

    // A quoted field may hold line breaks, but a quote left open must not swallow the rest of the file: past this many
    // lines the record is given up and the lines after its first are read again as records of their own.
    private const int MaxLinesPerRecord = 20;

    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(Separator);
            }

            WriteField(writer, fields[i]);
        }

        writer.Write('\n');
    }

    public static IEnumerable<CsvRecord> ReadRecords(TextReader reader)
    {
        var lineNumber = 0;
        var replay = new Stack<(int Number, string Text)>();
        var pending = new List<(int Number, string Text)>();
        var fields = new List<string>();
        var field = new StringBuilder();

        while (true)
        {
            (int Number, string Text) line;
            if (replay.Count > 0)
            {
                line = replay.Pop();
            }
            else if (reader.ReadLine() is { } text)
            {
                line = (++lineNumber, text);
            }
            else if (pending.Count > 0)
            {
                yield return GiveUp(pending, replay);
                continue;
            }
            else
            {
                yield break;
            }

            var continuing = pending.Count > 0;
            if (!continuing && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            if (continuing)
            {
                field.Append('\n');
            }
            else
            {
                fields.Clear();
                field.Clear();
            }

            pending.Add(line);
            if (Parse(line.Text, fields, field, inQuotes: continuing))
            {
                if (pending.Count >= MaxLinesPerRecord)
                {
                    yield return GiveUp(pending, replay);
                }

                continue;
            }

            fields.Add(field.ToString());
            yield return new CsvRecord(pending[0].Number, [.. fields]);
            pending.Clear();
        }
    }

    /// <summary>Rejects a record whose quote never closed and gives its lines but the first back to be read again.</summary>
    private static CsvRecord GiveUp(List<(int Number, string Text)> pending, Stack<(int Number, string Text)> replay)
    {
        for (var i = pending.Count - 1; i > 0; i--)
        {
            replay.Push(pending[i]);
        }

        var first = pending[0];
        pending.Clear();
        return new CsvRecord(first.Number, null);
    }

    /// <summary>Parses one physical line into <paramref name="fields"/>; returns true when it ends inside a quoted field.</summary>
    private static bool Parse(string line, List<string> fields, StringBuilder field, bool inQuotes)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == Separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else
            {
                field.Append(c);
            }
        }

        return inQuotes;
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
