namespace Sirius.Questionnaires.Domain.Campaigns;

/// <summary>
/// What Questionnaires keeps of a catalogue formation (fed by <c>FormationPublished</c>): enough to offer it for a
/// campaign, label the campaign and fill the events a response publishes, without reading another module's tables.
/// </summary>
public sealed class CampaignFormation
{
    public const int KeyMaxLength = 100;
    public const int TitleMaxLength = 300;

    private CampaignFormation()
    {
    }

    /// <summary>CFD, formateur SIRET and place: stable across catalogue imports.</summary>
    public string Key { get; private set; } = "";

    public string Cfd { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Diploma { get; private set; } = "";

    public int Level { get; private set; }

    public string FormateurSiret { get; private set; } = "";

    public string GestionnaireSiret { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>The académie of the place's département; empty until the catalogue publishes it.</summary>
    public string AcademyCode { get; private set; } = "";

    /// <summary>The certification's RNCP code (an OPCO observer's scope is a list of them); empty when the catalogue has none.</summary>
    public string RncpCode { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    public static CampaignFormation Create(string key) => new() { Key = key };

    /// <summary>Takes the catalogue's latest values; an older publication than the one kept changes nothing.</summary>
    public void Update(
        string cfd, string title, string diploma, int level, string formateurSiret, string gestionnaireSiret,
        string communeCode, string commune, string departmentCode, string regionCode, string academyCode, string rncpCode, DateTime publishedAtUtc)
    {
        if (publishedAtUtc < UpdatedAtUtc)
        {
            return;
        }

        Cfd = cfd;
        Title = title;
        Diploma = diploma;
        Level = level;
        FormateurSiret = formateurSiret;
        GestionnaireSiret = gestionnaireSiret;
        CommuneCode = communeCode;
        Commune = commune;
        DepartmentCode = departmentCode;
        RegionCode = regionCode;
        AcademyCode = academyCode;
        RncpCode = rncpCode;
        UpdatedAtUtc = publishedAtUtc;
    }
}
