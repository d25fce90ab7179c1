namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>A file's header, normalised (see <see cref="RosterFormat.Normalise"/>), and its lines under it.</summary>
internal sealed record RosterTable(IReadOnlyList<string> Header, IReadOnlyList<RosterFileRow> Lines)
{
    /// <summary>The 0-based position of a column in the header; null when it is missing.</summary>
    public int? Column(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (Header[i] == name)
            {
                return i;
            }
        }

        return null;
    }
}
