using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Catalogue;

/// <summary>Reads a catalogue file line by line; a bad line is a rejection, never an exception.</summary>
public interface ICatalogueReader
{
    IEnumerable<CatalogueInput> Read(Stream content);
}

public abstract record CatalogueInput(int Line);

public sealed record CatalogueInputRejection(int Line, string Reason) : CatalogueInput(Line);

public sealed record CatalogueEntry(int Line, EstablishmentInput Formateur, EstablishmentInput Gestionnaire, string FormationKey, FormationFacts Formation)
    : CatalogueInput(Line);

public sealed record EstablishmentInput(Siret Siret, Uai? Uai, string Name, EstablishmentAddress Address, double Latitude, double Longitude, Siret? Gestionnaire);
