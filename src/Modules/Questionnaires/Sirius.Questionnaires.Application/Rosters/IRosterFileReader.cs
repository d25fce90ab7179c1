using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>One non-blank row of a roster file: its line number (the header is line 1) and its cells as text.</summary>
public sealed record RosterFileRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Reads the rows of a CSV or XLSX file, header included; a file of another kind, or unreadable, is an error.</summary>
public interface IRosterFileReader
{
    Result<IReadOnlyList<RosterFileRow>> Read(string fileName, Stream content, int maxRows);
}
