using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Sirius.Testing;

/// <summary>What a PDF page shows, read back from the bytes PDFsharp wrote: printed strings, link targets, QR codes.</summary>
public static class PdfContent
{
    /// <summary>The strings the page's content stream shows (Tj / TJ operands).</summary>
    public static List<string> PrintedStrings(PdfPage page)
    {
        var strings = new List<string>();
        Collect(ContentReader.ReadContent(page));
        return strings;

        void Collect(CSequence sequence)
        {
            foreach (var item in sequence)
            {
                switch (item)
                {
                    case COperator { OpCode.Name: "Tj" or "TJ" } op:
                        Collect(op.Operands);
                        break;
                    case CArray array:
                        Collect(array);
                        break;
                    case CString text:
                        strings.Add(text.Value);
                        break;
                    case CSequence nested:
                        Collect(nested);
                        break;
                }
            }
        }
    }

    /// <summary>The URIs of the page's link annotations.</summary>
    public static List<string> LinkTargets(PdfPage page) =>
        Enumerable.Range(0, page.Annotations.Count)
            .Select(i => page.Annotations[i].Elements.GetDictionary("/A")?.Elements.GetString("/URI"))
            .OfType<string>()
            .ToList();

    private static readonly Dictionary<DecodeHintType, object> PureBarcode = new() { [DecodeHintType.PURE_BARCODE] = true };
    private static readonly Dictionary<DecodeHintType, object> TryHarder = new() { [DecodeHintType.TRY_HARDER] = true };

    /// <summary>Decodes every image of the page as a QR code (ZXing), from the pixels PDFsharp stored.</summary>
    public static List<string> QrCodes(PdfPage page)
    {
        var xObjects = page.Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/XObject")!;
        var decoded = new List<string>();
        foreach (var key in xObjects.Elements.Keys)
        {
            if (xObjects.Elements.GetDictionary(key) is not { } image || image.Elements.GetName("/Subtype") != "/Image")
            {
                continue;
            }

            var (luminance, width, height) = Luminance(image);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
            // The image is the bare code: read it as such first, then let the reader search harder.
            var result = new QRCodeReader().decode(bitmap, PureBarcode)
                ?? new QRCodeReader().decode(bitmap, TryHarder)
                ?? throw new InvalidOperationException($"Image {key} is not a readable QR code.");
            decoded.Add(result.Text);
        }

        return decoded;
    }

    private static (byte[] Luminance, int Width, int Height) Luminance(PdfDictionary image)
    {
        var width = image.Elements.GetInteger("/Width");
        var height = image.Elements.GetInteger("/Height");
        var bits = image.Elements.GetInteger("/BitsPerComponent");
        if (!image.Stream.TryUncompress())
        {
            throw new InvalidOperationException("The image stream could not be uncompressed.");
        }

        var data = image.Stream.Value;
        var colorSpace = image.Elements["/ColorSpace"];
        var components = colorSpace?.ToString() switch
        {
            "/DeviceGray" => 1,
            "/DeviceRGB" => 3,
            _ => throw new InvalidOperationException($"Unexpected colour space {colorSpace} ({bits} bits)."),
        };
        if (bits != 8)
        {
            throw new InvalidOperationException($"Unexpected {bits} bits per component in colour space {colorSpace}.");
        }

        var luminance = new byte[width * height];
        for (var p = 0; p < luminance.Length; p++)
        {
            luminance[p] = (byte)Enumerable.Range(0, components).Average(c => data[(p * components) + c]);
        }

        return (luminance, width, height);
    }
}
