using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web.SharingKit;

/// <summary>
/// The sharing kit: one A4 sheet per campaign, to print or post, with the formation, the CFA, the dates, the
/// public link in full and its QR code, and a short word for apprentices.
/// </summary>
public static class SharingKitPdf
{
    public const string Title = "Donne ton avis sur ta formation";

    private const string Family = "Sirius Sans";
    private const double Margin = 56;
    private const double QrSize = 230;
    private const int QrPixelsPerModule = 8;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly XColor Blue = XColor.FromArgb(0, 0, 145);
    private static readonly XColor Grey = XColor.FromArgb(102, 102, 102);

    private static readonly string[] Words =
    [
        "Tu es apprenti ou apprentie dans cette formation : raconte comment elle se passe, au CFA et en entreprise.",
        "Répondre prend 5 à 10 minutes, sur ton téléphone, sans créer de compte.",
        "Tes réponses aident ton CFA à s’améliorer et les futurs apprentis à choisir leur formation. Tes réponses écrites sont anonymisées et relues avant toute publication.",
    ];

    /// <summary>Renders one page per campaign, in the given order; <paramref name="link"/> gives each campaign's public link.</summary>
    public static byte[] Render(IReadOnlyList<CampaignSharing> campaigns, Func<CampaignSharing, string> link)
    {
        ArgumentOutOfRangeException.ThrowIfZero(campaigns.Count);
        SystemFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = campaigns.Count == 1 ? $"{Title} – {campaigns[0].FormationTitle}" : Title;
        document.Info.Creator = "Sirius";
        foreach (var campaign in campaigns)
        {
            DrawPage(document.AddPage(), campaign, link(campaign));
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawPage(PdfPage page, CampaignSharing campaign, string link)
    {
        page.Size = PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - (2 * Margin);
        var text = new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Center };
        var y = Margin;

        text.DrawString(Title, Font(26, bold: true), new XSolidBrush(Blue), new XRect(Margin, y, width, 70), XStringFormats.TopLeft);
        y += 80;
        text.DrawString($"{campaign.FormationTitle} ({campaign.Diploma})", Font(16, bold: true), XBrushes.Black, new XRect(Margin, y, width, 60), XStringFormats.TopLeft);
        y += 64;
        var cfa = string.IsNullOrWhiteSpace(campaign.Commune) ? campaign.EstablishmentName : $"{campaign.EstablishmentName} – {campaign.Commune}";
        text.DrawString(cfa, Font(13), XBrushes.Black, new XRect(Margin, y, width, 36), XStringFormats.TopLeft);
        y += 40;
        var dates = $"Questionnaire ouvert du {campaign.StartDate.ToString("d MMMM yyyy", French)} au {campaign.EndDate.ToString("d MMMM yyyy", French)}";
        text.DrawString(dates, Font(12), new XSolidBrush(Grey), new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
        y += 36;

        using (var qr = XImage.FromStream(new MemoryStream(QrBitmap(link))))
        {
            qr.Interpolate = false;
            gfx.DrawImage(qr, (page.Width.Point - QrSize) / 2, y, QrSize, QrSize);
        }

        y += QrSize + 16;
        text.DrawString("Scanne le QR code avec ton téléphone, ou saisis ce lien :", Font(12), XBrushes.Black, new XRect(Margin, y, width, 20), XStringFormats.TopLeft);
        y += 22;
        DrawLink(page, gfx, link, new XRect(Margin, y, width, 24));
        y += 44;

        var words = new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Left };
        words.DrawString(string.Join("\n\n", Words), Font(12), XBrushes.Black, new XRect(Margin, y, width, 190), XStringFormats.TopLeft);

        text.DrawString($"Campagne « {campaign.Name} »", Font(9), new XSolidBrush(Grey), new XRect(Margin, page.Height.Point - Margin, width, 14), XStringFormats.TopLeft);
    }

    /// <summary>
    /// The link on one line, as large as fits, clickable in a PDF reader. Its font is WinAnsi-encoded (a link is
    /// ASCII) so the content stream holds it as plain text, the way a copy from the PDF finds it.
    /// </summary>
    private static void DrawLink(PdfPage page, XGraphics gfx, string link, XRect box)
    {
        var size = 15.0;
        var font = Font(size, bold: true, XPdfFontOptions.WinAnsiDefault);
        while (size > 6 && gfx.MeasureString(link, font).Width > box.Width)
        {
            size -= 0.5;
            font = Font(size, bold: true, XPdfFontOptions.WinAnsiDefault);
        }

        gfx.DrawString(link, font, new XSolidBrush(Blue), box, XStringFormats.TopCenter);
        page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(box)), link);
    }

    /// <summary>The QR code as a BMP: PDFsharp's Core build reads BMP, but not QRCoder's 1-bit grey PNG.</summary>
    private static byte[] QrBitmap(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(QrPixelsPerModule);
    }

    private static XFont Font(double size, bool bold = false, XPdfFontOptions? options = null) =>
        new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options ?? XPdfFontOptions.UnicodeDefault);
}
