namespace Sirius.Establishments.Infrastructure.ReferenceData;

internal enum EstablishmentKind
{
    Btp,
    Artisanat,
    Agricole,
    Industrie,
    CommerceGestion,
    Hotellerie,
    LyceeProfessionnel,
    Universitaire,
    SanteSocial,
    Numerique,
    TransportLogistique,
    Automobile,
    OrganismePrive,
}

/// <summary>Who owns the SIREN: it shapes its first digits (19 for public bodies, 18 for chambers, 7 or 8 for associations).</summary>
internal enum LegalForm
{
    Public,
    Chamber,
    Association,
    Company,
}

/// <summary>
/// What a kind of CFA looks like: how common it is, its legal form, how it is named and which diplomas it offers.
/// Name templates use {dep} ("de l'Isère"), {com} ("de Vienne"), {ville} ("Vienne"), {reg} ("d'Auvergne-Rhône-Alpes"),
/// {region} ("Auvergne-Rhône-Alpes"), {acad} ("de Grenoble"), {personne}, {sigle}. The regional template names a
/// gestionnaire whose sites spread over several départements.
/// </summary>
internal sealed record KindProfile(
    EstablishmentKind Kind,
    int Weight,
    LegalForm LegalForm,
    IReadOnlyList<string> NameTemplates,
    string RegionalTemplate,
    IReadOnlySet<Sector> Sectors,
    Func<Diploma, bool> Offers);

internal static class EstablishmentKinds
{
    /// <summary>The sectors a lycée professionnel draws its two specialities from.</summary>
    public static IReadOnlyList<Sector> LyceeSectors { get; } =
    [
        Sector.Btp, Sector.Industrie, Sector.Commerce, Sector.GestionAdministration, Sector.HotellerieRestauration,
        Sector.SanteSocial, Sector.Automobile, Sector.Numerique, Sector.ServicesSecurite,
    ];

    public static IReadOnlyList<KindProfile> All { get; } =
    [
        new(EstablishmentKind.Btp, 10, LegalForm.Association,
            ["CFA du BTP {dep}", "BTP CFA {ville}", "Institut des métiers du bâtiment {com}", "Centre de formation du bâtiment et des travaux publics {com}"],
            "BTP CFA {region}",
            Set(Sector.Btp),
            d => d.Type != DiplomaType.Master),
        new(EstablishmentKind.Artisanat, 9, LegalForm.Chamber,
            ["CFA de la Chambre de métiers et de l'artisanat {dep}", "Campus des métiers et de l'artisanat {com}", "Faculté des métiers {com}", "École des métiers {dep}"],
            "Université régionale des métiers et de l'artisanat {reg}",
            Set(Sector.MetiersDeBouche, Sector.CoiffureEsthetique, Sector.Automobile, Sector.HotellerieRestauration),
            d => d.Level <= 5 && d.Type != DiplomaType.TitreProfessionnel),
        new(EstablishmentKind.Agricole, 11, LegalForm.Public,
            ["CFA agricole {dep}", "CFPPA {com}", "Maison familiale rurale {com}", "Lycée agricole {personne} – UFA", "Campus agricole {com}"],
            "CFA agricole régional {reg}",
            Set(Sector.Agriculture),
            _ => true),
        new(EstablishmentKind.Industrie, 7, LegalForm.Association,
            ["Pôle formation des industries technologiques {com}", "CFA de l'industrie {dep}", "Institut des techniques industrielles {com}"],
            "Pôle formation des industries technologiques {region}",
            Set(Sector.Industrie),
            _ => true),
        new(EstablishmentKind.CommerceGestion, 8, LegalForm.Chamber,
            ["CFA de la CCI {dep}", "CFA du commerce et des services {com}", "Institut de formation commerciale {com}", "École de gestion et de commerce {com}"],
            "CFA régional du commerce et des services {reg}",
            Set(Sector.Commerce, Sector.GestionAdministration),
            d => d.Level <= 6),
        new(EstablishmentKind.Hotellerie, 5, LegalForm.Association,
            ["CFA des métiers de l'hôtellerie et de la restauration {com}", "École hôtelière {com}", "Institut culinaire {com}"],
            "Institut régional des métiers de l'hôtellerie {reg}",
            Set(Sector.HotellerieRestauration),
            _ => true),
        new(EstablishmentKind.LyceeProfessionnel, 16, LegalForm.Public,
            ["Lycée professionnel {personne} – UFA", "Lycée des métiers {personne} – UFA", "Lycée polyvalent {personne} – UFA"],
            "CFA académique {acad}",
            Set([.. LyceeSectors]),
            d => d.Type is DiplomaType.Cap or DiplomaType.MentionComplementaire or DiplomaType.BrevetProfessionnel or DiplomaType.BacPro or DiplomaType.Bts),
        new(EstablishmentKind.Universitaire, 7, LegalForm.Public,
            ["CFA universitaire {com}", "IUT {com} – apprentissage", "Institut d'administration des entreprises {com} – apprentissage", "École d'ingénieurs {com} – apprentissage"],
            "CFA de l'enseignement supérieur {reg}",
            Set(Sector.Btp, Sector.Industrie, Sector.Commerce, Sector.GestionAdministration, Sector.Numerique, Sector.TransportLogistique, Sector.SanteSocial),
            d => d.Type is DiplomaType.But or DiplomaType.LicencePro or DiplomaType.Master or DiplomaType.DiplomeIngenieur),
        new(EstablishmentKind.SanteSocial, 5, LegalForm.Association,
            ["Institut de formation sanitaire et sociale {com}", "CFA sanitaire et social {dep}", "Institut de formation en travail social {com}"],
            "Institut régional du travail social {reg}",
            Set(Sector.SanteSocial, Sector.ServicesSecurite),
            _ => true),
        new(EstablishmentKind.Numerique, 6, LegalForm.Company,
            ["École du numérique {com}", "Campus numérique {com}", "{sigle} Numérique {ville}", "Académie du code {com}"],
            "Campus numérique {reg}",
            Set(Sector.Numerique),
            _ => true),
        new(EstablishmentKind.TransportLogistique, 4, LegalForm.Association,
            ["CFA transport et logistique {com}", "Institut de la logistique {com}", "Centre de formation transport {dep}"],
            "CFA transport et logistique {reg}",
            Set(Sector.TransportLogistique),
            _ => true),
        new(EstablishmentKind.Automobile, 4, LegalForm.Association,
            ["CFA des métiers de l'automobile {dep}", "Institut des services de l'automobile {com}", "Campus des mobilités {com}"],
            "Campus régional des métiers de l'automobile {reg}",
            Set(Sector.Automobile),
            _ => true),
        new(EstablishmentKind.OrganismePrive, 12, LegalForm.Company,
            ["{sigle} Formation {ville}", "Institut {sigle} {ville}", "{sigle} Campus {ville}", "Groupe {sigle} – {ville}"],
            "Groupe {sigle} {region}",
            Set(Sector.Commerce, Sector.GestionAdministration, Sector.Numerique, Sector.SanteSocial, Sector.ServicesSecurite, Sector.TransportLogistique, Sector.HotellerieRestauration),
            d => d.Type is DiplomaType.TitreProfessionnel or DiplomaType.Bts),
    ];

    public static IReadOnlyList<string> People { get; } =
    [
        "Jean Moulin", "Marie Curie", "Louise Michel", "Jules Ferry", "Victor Hugo", "Simone Veil", "Paul Langevin",
        "Jean Jaurès", "Gustave Eiffel", "Léonard de Vinci", "Jacques Prévert", "Jules Verne", "Albert Camus",
        "Antoine de Saint-Exupéry", "Louis Pasteur", "Émile Zola", "Lucie Aubrac", "Germaine Tillion", "Olympe de Gouges",
        "George Sand", "Camille Claudel", "Hélène Boucher", "Jean Monnet", "André Malraux", "Paul Éluard", "Condorcet",
        "Blaise Pascal", "René Cassin", "Françoise Dolto", "Marcel Pagnol", "Frédéric Mistral", "Vaucanson", "Ampère",
        "Joséphine Baker", "Gisèle Halimi", "Aimé Césaire", "Pierre Mendès France", "Marie Marvingt", "Xavier Bichat",
        "Alexandre Dumas", "Jean Rostand", "Charles Péguy", "Rosa Parks", "Nelson Mandela", "Max Linder",
    ];

    public static IReadOnlyList<string> Acronyms { get; } =
    [
        "ARFEP", "CIFRA", "IFOREM", "CEPRO", "ALTIS", "OPALE", "ADEMIS", "FORMAVIA", "PROGRESS", "AXIOME", "ISCOM",
        "EFFICIO", "CAPSUD", "IRIDE", "SKILLIA", "NOVELIS", "ETAPE", "HORIZON", "CONVERGENCES", "ARPEGE",
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "rue Jean Jaurès", "avenue de la République", "boulevard Gambetta", "rue Pasteur", "rue Victor Hugo",
        "avenue du Général de Gaulle", "rue de la Gare", "rue des Écoles", "chemin des Vignes", "rue de l'Industrie",
        "avenue des Martyrs", "rue du Stade", "rue Émile Zola", "allée des Tilleuls", "rue des Artisans",
        "avenue Jean Moulin", "rue de la Libération", "rue du Moulin", "rue Marcel Pagnol", "avenue de l'Europe",
        "rue des Acacias", "boulevard de la Liberté", "rue Paul Bert", "rue Voltaire", "rue du 8 Mai 1945",
        "rue du 11 Novembre", "avenue Léon Blum", "rue de la Paix", "chemin du Lavoir", "rue des Compagnons",
        "avenue des Sports", "rue de la Forge", "boulevard des Alpes", "rue des Métiers", "impasse des Cerisiers",
        "route de Lyon", "route nationale", "rue Ambroise Croizat", "avenue Pierre Mendès France", "rue Lavoisier",
    ];

    public static IReadOnlyList<string> BusinessParks { get; } =
    [
        "ZA des Bruyères", "ZI du Parc", "parc d'activités des Platanes", "ZA de la Plaine", "ZI des Iles",
        "technopôle du Lac", "ZAC des Portes du Sud", "parc d'activités du Moulin",
    ];

    private static HashSet<Sector> Set(params Sector[] sectors) => [.. sectors];
}
