using System.Text;
using Shouldly;
using Sirius.Host.Web;
using Sirius.Host.Web.Exports;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The bytes of a table's CSV download, as French spreadsheets open them.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public void A_table_is_semicolon_separated_utf8_with_a_byte_order_mark_and_french_numbers()
    {
        var table = new DataTable("synthese", "Synthèse", ["Formation", "Réponses", "Part", "Moyenne", "Date"],
            [["CAP Cuisine", 12, new Percentage(0.834), 3.25, new DateOnly(2026, 9, 1)], [null, -3, null, -0.5, null]]);

        var bytes = CsvExport.Write(table);

        bytes.AsSpan(0, 3).ToArray().ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes[3..]).ShouldBe(
            "Formation;Réponses;Part;Moyenne;Date\r\nCAP Cuisine;12;83,4%;3,25;01/09/2026\r\n;-3;;-0,5;\r\n");
    }

    [Fact]
    public void Text_holding_the_separator_a_quote_or_a_line_break_is_quoted()
    {
        var table = new DataTable("verbatims", "Verbatims", ["Texte"], [["un; deux"], ["dit \"oui\""], ["ligne 1\nligne 2"]]);

        Encoding.UTF8.GetString(CsvExport.Write(table)[3..])
            .ShouldBe("Texte\r\n\"un; deux\"\r\n\"dit \"\"oui\"\"\"\r\n\"ligne 1\nligne 2\"\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 6", "\"'+33 6\"")]
    [InlineData("-moins", "\"'-moins\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string text, string cell)
    {
        var table = new DataTable("verbatims", "Verbatims", ["Texte", "Nombre"], [[text, -2]]);

        Encoding.UTF8.GetString(CsvExport.Write(table)[3..]).ShouldBe($"Texte;Nombre\r\n{cell};-2\r\n");
    }
}
