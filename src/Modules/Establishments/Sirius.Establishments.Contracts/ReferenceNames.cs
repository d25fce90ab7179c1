using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>The names of the régions, départements, académies and diploma levels of the reference data, by code.</summary>
public sealed record GetReferenceNames : IQuery<ReferenceNames>, IPublicRequest;

/// <param name="Regions">By INSEE code: « 84 » is « Auvergne-Rhône-Alpes ».</param>
/// <param name="Departments">By INSEE code: « 69 » is « Rhône (69) ».</param>
/// <param name="Academies">By the education ministry's code: « 02 » is « Académie d’Aix-Marseille ».</param>
/// <param name="DiplomaLevels">By level of the national framework of certifications: « 3 » is « Niveau 3 (CAP) ».</param>
public sealed record ReferenceNames(
    IReadOnlyDictionary<string, string> Regions,
    IReadOnlyDictionary<string, string> Departments,
    IReadOnlyDictionary<string, string> Academies,
    IReadOnlyDictionary<string, string> DiplomaLevels)
{
    public string Region(string code) => Regions.GetValueOrDefault(code) ?? Unknown("Région inconnue", code);

    public string Department(string code) => Departments.GetValueOrDefault(code) ?? Unknown("Département inconnu", code);

    public string Academy(string code) => Academies.GetValueOrDefault(code) ?? Unknown("Académie inconnue", code);

    public string DiplomaLevel(string code) => DiplomaLevels.GetValueOrDefault(code) ?? Unknown("Niveau inconnu", code);

    /// <summary>A code the list does not know (a record older than the list) still reads as what it is.</summary>
    private static string Unknown(string what, string code) => code.Length == 0 ? "Non renseigné" : $"{what} ({code})";
}
