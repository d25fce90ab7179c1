using System.Globalization;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>The names of <see cref="Territories"/> and of the diploma levels, as staff pages print them.</summary>
internal sealed class TerritoryNames : IReferenceNames
{
    public ReferenceNames Names { get; } = new(
        Territories.Regions.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal),
        Territories.Departments.ToDictionary(d => d.Code, d => $"{d.Name} ({d.Code})", StringComparer.Ordinal),
        Territories.Academies.ToDictionary(a => a.Code, a => "Académie " + a.NameWithDe.Replace('\'', '’'), StringComparer.Ordinal),
        Diplomas.LevelNames.ToDictionary(l => l.Key.ToString(CultureInfo.InvariantCulture), l => l.Value, StringComparer.Ordinal));
}
