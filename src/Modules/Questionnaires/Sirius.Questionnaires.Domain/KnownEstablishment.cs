namespace Sirius.Questionnaires.Domain;

/// <summary>
/// What Questionnaires keeps of an establishment (fed by the Establishments module's events):
/// enough to label and filter campaigns without reading another module's tables.
/// </summary>
public sealed class KnownEstablishment
{
    private KnownEstablishment()
    {
    }

    public string Siret { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string? GestionnaireSiret { get; private set; }

    public static KnownEstablishment Create(string siret, string name, string departmentCode, string regionCode, string? gestionnaireSiret) =>
        new() { Siret = siret, Name = name, DepartmentCode = departmentCode, RegionCode = regionCode, GestionnaireSiret = gestionnaireSiret };
}
