using System.Text;
using Sirius.Establishments.Application.Catalogue;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>The catalogue file, read with <see cref="CatalogueFile"/> and handed to the application as plain entries.</summary>
internal sealed class CatalogueReader : ICatalogueReader
{
    public IEnumerable<CatalogueInput> Read(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var line in CatalogueFile.Read(reader))
        {
            yield return line switch
            {
                CatalogueRow row => Entry(row),
                CatalogueRejection rejection => new CatalogueInputRejection(rejection.LineNumber, rejection.Reason),
                _ => throw new InvalidOperationException("Unknown catalogue line."),
            };
        }
    }

    private static CatalogueEntry Entry(CatalogueRow row)
    {
        var f = row.Formation;
        var place = new Domain.FormationPlace(
            f.Place.CommuneCode, f.Place.PostalCode, f.Place.Commune, f.Place.DepartmentCode, f.Place.RegionCode,
            Territories.FindDepartment(f.Place.DepartmentCode)?.AcademyCode ?? "", (double)f.Place.Latitude, (double)f.Place.Longitude);
        var facts = new FormationFacts(
            f.Cfd, f.RncpCode, f.CertifInfoId, Labels.Of(f.DiplomaType), f.Level, f.Title, Labels.Of(f.Sector), f.DurationMonths,
            f.FormateurSiret, f.GestionnaireSiret, place);
        return new CatalogueEntry(row.LineNumber, Establishment(row.Formateur), Establishment(row.Gestionnaire), f.Key, facts);
    }

    private static EstablishmentInput Establishment(ReferenceEstablishment e) =>
        new(
            Siret.Parse(e.Siret),
            e.Uai is null ? null : Uai.Parse(e.Uai),
            e.Name,
            e.Address,
            (double)e.Latitude,
            (double)e.Longitude,
            e.GestionnaireSiret is null || e.GestionnaireSiret == e.Siret ? null : Siret.Parse(e.GestionnaireSiret));
}
