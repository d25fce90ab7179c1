using System.Text;
using Shouldly;
using Sirius.Questionnaires.Application.Rosters;
using Sirius.Questionnaires.Infrastructure.Rosters;
using Xunit;

namespace Sirius.Questionnaires.Tests.Rosters;

/// <summary>The CSV side of the roster reader: separators, quoting, blank lines and the files it refuses.</summary>
public sealed class RosterFileReaderTests
{
    [Fact]
    public void A_quoted_cell_keeps_its_separator_and_its_doubled_quotes()
    {
        var rows = Read("prenom;nom;courriel\n\"Jean; dit \"\"Jo\"\"\";Martin;jean@example.fr\n");

        rows[1].Cells.ShouldBe(["Jean; dit \"Jo\"", "Martin", "jean@example.fr"]);
    }

    [Fact]
    public void Commas_separate_cells_when_the_first_line_has_more_commas_than_semicolons()
    {
        var rows = Read("prenom,nom,courriel\r\n\"Dupont, Léa\",Dupont;Martin,lea@example.fr\r\n");

        rows[1].Cells.ShouldBe(["Dupont, Léa", "Dupont;Martin", "lea@example.fr"]);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted_and_the_byte_order_mark_is_left_out()
    {
        var rows = Read("\uFEFFprenom;nom;courriel\n\n   \nLéa;Dupont;lea@example.fr\n");

        rows.Select(r => r.Line).ShouldBe([1, 4]);
        rows[0].Cells[0].ShouldBe("prenom");
    }

    [Fact]
    public void A_line_break_inside_quotes_ends_the_row_so_a_quote_left_open_does_not_swallow_the_next_apprentices()
    {
        var rows = Read("prenom;nom;courriel\n\"Léa;Dupont;lea@example.fr\nJean;Martin;jean@example.fr\n");

        rows.Select(r => r.Line).ShouldBe([1, 2, 3]);
        rows[1].Cells.ShouldBe(["Léa;Dupont;lea@example.fr"]);
        rows[2].Cells.ShouldBe(["Jean", "Martin", "jean@example.fr"]);
    }

    [Fact]
    public void Reading_stops_at_the_row_limit()
    {
        Read("prenom;nom;courriel\na;b;c\nd;e;f\n", maxRows: 2).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)';', 0xC3, 0x28, (byte)'\n' })]
    [InlineData(new byte[] { (byte)'a', (byte)';', 0, (byte)'b', (byte)'\n' })]
    public void A_file_that_is_not_utf8_text_is_refused_in_french(byte[] content)
    {
        var result = new RosterFileReader().Read("liste.csv", new MemoryStream(content), 10);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Message.ShouldStartWith("Le fichier doit être un tableau CSV (.csv) ou Excel (.xlsx)");
    }

    private static IReadOnlyList<RosterFileRow> Read(string csv, int maxRows = 100)
    {
        var result = new RosterFileReader().Read("liste.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), maxRows);
        result.IsSuccess.ShouldBeTrue();
        return result.Value;
    }
}
