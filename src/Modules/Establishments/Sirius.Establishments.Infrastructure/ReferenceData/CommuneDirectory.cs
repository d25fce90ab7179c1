using System.Globalization;
using System.Text;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>
/// The communes of <see cref="Territories"/>, searchable by name with accents, case, hyphens and apostrophes
/// ignored (« st etienne » finds Saint-Étienne), by postal code or by INSEE code.
/// </summary>
internal sealed class CommuneDirectory : ICommuneDirectory
{
    private static readonly (Commune Commune, string Folded, CommuneSummary Summary)[] Entries = Territories.Communes
        .OrderByDescending(c => c.Population)
        .Select(c => (c, Fold(c.Name), Summarise(c)))
        .ToArray();

    public CommuneSummary? Find(string code) => Territories.FindCommune(code) is { } commune ? Summarise(commune) : null;

    public IReadOnlyList<CommuneSummary> Search(string text, int limit)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var starting = Entries.Where(e => e.Folded.StartsWith(folded, StringComparison.Ordinal)
                                          || e.Commune.PostalCode.StartsWith(folded, StringComparison.Ordinal)
                                          || e.Commune.Code.StartsWith(folded, StringComparison.OrdinalIgnoreCase));
        var containing = Entries.Where(e => e.Folded.Contains(" " + folded, StringComparison.Ordinal));
        return starting.Concat(containing).Select(e => e.Summary).Distinct().Take(limit).ToList();
    }

    /// <summary>Lower case, no diacritics, « saint » for « st », words separated by single spaces.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "st" => "saint", "ste" => "sainte", _ => w });
        return string.Join(' ', words);
    }

    private static CommuneSummary Summarise(Commune c) =>
        new(c.Code, c.Name, c.PostalCode, c.DepartmentCode, (double)c.Latitude, (double)c.Longitude);
}
