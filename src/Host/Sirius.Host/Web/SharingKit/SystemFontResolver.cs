using PdfSharp.Fonts;

namespace Sirius.Host.Web.SharingKit;

/// <summary>
/// PDFsharp 6 finds no font by itself on Linux: this resolver hands it Liberation Sans (Debian package
/// fonts-liberation) or, failing that, DejaVu Sans (fonts-dejavu-core), read from the system font folder.
/// Every family name asked for resolves to that one face, so nothing proprietary is ever embedded.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    private static readonly string[] FontDirectories = ["/usr/share/fonts", "/usr/local/share/fonts"];

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ];

    private static readonly Lock Gate = new();

    private readonly string _regular;
    private readonly string _bold;

    private SystemFontResolver(string regular, string bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Installs the resolver once per process; throws a clear error when no usable font is installed.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is SystemFontResolver)
            {
                return;
            }

            GlobalFontSettings.FontResolver = Find();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? _bold : _regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => File.ReadAllBytes(faceName);

    private static SystemFontResolver Find()
    {
        var files = FontDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.ttf", SearchOption.AllDirectories))
            .ToLookup(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        foreach (var (regular, bold) in Candidates)
        {
            if (files[regular].FirstOrDefault() is { } regularPath && files[bold].FirstOrDefault() is { } boldPath)
            {
                return new SystemFontResolver(regularPath, boldPath);
            }
        }

        throw new InvalidOperationException(
            $"Sharing kit PDFs need Liberation Sans or DejaVu Sans ({string.Join(", ", Candidates.Select(c => c.Regular))}) "
            + $"under {string.Join(" or ", FontDirectories)}: install the Debian package fonts-liberation.");
    }
}
