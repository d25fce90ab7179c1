namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>The kinds of diploma or title prepared in apprenticeship.</summary>
public enum DiplomaType
{
    Cap,
    CapAgricole,
    MentionComplementaire,
    BrevetProfessionnel,
    BrevetProfessionnelAgricole,
    BacPro,
    BacProAgricole,
    Bts,
    Btsa,
    But,
    LicencePro,
    TitreProfessionnel,
    DiplomeIngenieur,
    Master,
}

/// <summary>The broad trade a diploma leads to.</summary>
public enum Sector
{
    Btp,
    HotellerieRestauration,
    MetiersDeBouche,
    Commerce,
    Automobile,
    CoiffureEsthetique,
    Agriculture,
    Industrie,
    SanteSocial,
    Numerique,
    GestionAdministration,
    TransportLogistique,
    ServicesSecurite,
}

/// <summary>French labels of the diploma types and sectors as they appear in the catalogue file.</summary>
internal static class Labels
{
    private static readonly Dictionary<DiplomaType, string> DiplomaTypes = new()
    {
        [DiplomaType.Cap] = "CAP",
        [DiplomaType.CapAgricole] = "CAP agricole",
        [DiplomaType.MentionComplementaire] = "Mention complémentaire",
        [DiplomaType.BrevetProfessionnel] = "BP",
        [DiplomaType.BrevetProfessionnelAgricole] = "BP agricole",
        [DiplomaType.BacPro] = "Bac pro",
        [DiplomaType.BacProAgricole] = "Bac pro agricole",
        [DiplomaType.Bts] = "BTS",
        [DiplomaType.Btsa] = "BTSA",
        [DiplomaType.But] = "BUT",
        [DiplomaType.LicencePro] = "Licence pro",
        [DiplomaType.TitreProfessionnel] = "Titre professionnel",
        [DiplomaType.DiplomeIngenieur] = "Diplôme d'ingénieur",
        [DiplomaType.Master] = "Master",
    };

    private static readonly Dictionary<Sector, string> Sectors = new()
    {
        [Sector.Btp] = "BTP",
        [Sector.HotellerieRestauration] = "Hôtellerie-restauration",
        [Sector.MetiersDeBouche] = "Métiers de bouche",
        [Sector.Commerce] = "Commerce et vente",
        [Sector.Automobile] = "Automobile",
        [Sector.CoiffureEsthetique] = "Coiffure et esthétique",
        [Sector.Agriculture] = "Agriculture et paysage",
        [Sector.Industrie] = "Industrie",
        [Sector.SanteSocial] = "Santé et social",
        [Sector.Numerique] = "Numérique",
        [Sector.GestionAdministration] = "Gestion et administration",
        [Sector.TransportLogistique] = "Transport et logistique",
        [Sector.ServicesSecurite] = "Propreté et sécurité",
    };

    private static readonly Dictionary<string, DiplomaType> DiplomaTypesByLabel =
        DiplomaTypes.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Sector> SectorsByLabel =
        Sectors.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(DiplomaType type) => DiplomaTypes[type];

    public static string Of(Sector sector) => Sectors[sector];

    public static bool TryParse(string label, out DiplomaType type) => DiplomaTypesByLabel.TryGetValue(label, out type);

    public static bool TryParse(string label, out Sector sector) => SectorsByLabel.TryGetValue(label, out sector);
}

/// <summary>A diploma or title that can be prepared in apprenticeship, with its identifiers in the national repositories.</summary>
internal sealed record Diploma(
    DiplomaType Type,
    int Level,
    string Title,
    Sector Sector,
    string Cfd,
    string RncpCode,
    string CertifInfoId,
    int DurationMonths);

/// <summary>
/// The diplomas the generator draws from. Titles and levels are real; CFD, RNCP and CertifInfo codes are plausible
/// but invented. The CFD is shaped like the real one: three characters for the diploma family (500 CAP, 400 bac pro,
/// 450 BP, 320 BTS, 56T a level-3 titre professionnel...), three digits for the NSF speciality group, two for the
/// rank. Codes derive from each entry's position: append new entries at the end so existing codes do not move.
/// </summary>
internal static class Diplomas
{
    public static IReadOnlyList<Diploma> All { get; } = Build(
    [
        // CAP, level 3
        new(DiplomaType.Cap, 3, "CAP Cuisine", Sector.HotellerieRestauration, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Commercialisation et services en hôtel-café-restaurant", Sector.HotellerieRestauration, "334", 24),
        new(DiplomaType.Cap, 3, "CAP Production et service en restaurations (rapide, collective, cafétéria)", Sector.HotellerieRestauration, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Boulanger", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Pâtissier", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Boucher", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Charcutier-traiteur", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Chocolatier-confiseur", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Poissonnier écailler", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Crémier-fromager", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.Cap, 3, "CAP Métiers de la coiffure", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.Cap, 3, "CAP Esthétique cosmétique parfumerie", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.Cap, 3, "CAP Maçon", Sector.Btp, "232", 24),
        new(DiplomaType.Cap, 3, "CAP Charpentier bois", Sector.Btp, "234", 24),
        new(DiplomaType.Cap, 3, "CAP Menuisier fabricant", Sector.Btp, "234", 24),
        new(DiplomaType.Cap, 3, "CAP Menuisier installateur", Sector.Btp, "234", 24),
        new(DiplomaType.Cap, 3, "CAP Ébéniste", Sector.Btp, "234", 24),
        new(DiplomaType.Cap, 3, "CAP Couvreur", Sector.Btp, "232", 24),
        new(DiplomaType.Cap, 3, "CAP Carreleur mosaïste", Sector.Btp, "233", 24),
        new(DiplomaType.Cap, 3, "CAP Peintre applicateur de revêtements", Sector.Btp, "233", 24),
        new(DiplomaType.Cap, 3, "CAP Plâtrier-plaquiste", Sector.Btp, "233", 24),
        new(DiplomaType.Cap, 3, "CAP Électricien", Sector.Btp, "255", 24),
        new(DiplomaType.Cap, 3, "CAP Monteur en installations thermiques", Sector.Btp, "227", 24),
        new(DiplomaType.Cap, 3, "CAP Monteur en installations sanitaires", Sector.Btp, "233", 24),
        new(DiplomaType.Cap, 3, "CAP Installateur en froid et conditionnement d'air", Sector.Btp, "227", 24),
        new(DiplomaType.Cap, 3, "CAP Constructeur de routes et d'aménagements urbains", Sector.Btp, "231", 24),
        new(DiplomaType.Cap, 3, "CAP Serrurier métallier", Sector.Btp, "254", 24),
        new(DiplomaType.Cap, 3, "CAP Maintenance des véhicules option A voitures particulières", Sector.Automobile, "252", 24),
        new(DiplomaType.Cap, 3, "CAP Maintenance des véhicules option B véhicules de transport routier", Sector.Automobile, "252", 24),
        new(DiplomaType.Cap, 3, "CAP Maintenance des véhicules option C motocycles", Sector.Automobile, "252", 24),
        new(DiplomaType.Cap, 3, "CAP Réparation des carrosseries", Sector.Automobile, "252", 24),
        new(DiplomaType.Cap, 3, "CAP Peinture en carrosserie", Sector.Automobile, "252", 24),
        new(DiplomaType.Cap, 3, "CAP Équipier polyvalent du commerce", Sector.Commerce, "312", 24),
        new(DiplomaType.Cap, 3, "CAP Fleuriste", Sector.Commerce, "212", 24),
        new(DiplomaType.Cap, 3, "CAP Opérateur/opératrice logistique", Sector.TransportLogistique, "311", 24),
        new(DiplomaType.Cap, 3, "CAP Conducteur livreur de marchandises", Sector.TransportLogistique, "311", 24),
        new(DiplomaType.Cap, 3, "CAP Accompagnant éducatif petite enfance", Sector.SanteSocial, "332", 24),
        new(DiplomaType.Cap, 3, "CAP Agent de propreté et d'hygiène", Sector.ServicesSecurite, "343", 24),
        new(DiplomaType.Cap, 3, "CAP Agent de sécurité", Sector.ServicesSecurite, "344", 24),
        new(DiplomaType.Cap, 3, "CAP Conducteur d'installations de production", Sector.Industrie, "200", 24),
        new(DiplomaType.Cap, 3, "CAP Réalisations industrielles en chaudronnerie ou soudage", Sector.Industrie, "254", 24),

        // CAP agricole, level 3
        new(DiplomaType.CapAgricole, 3, "CAPa Jardinier paysagiste", Sector.Agriculture, "214", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Métiers de l'agriculture", Sector.Agriculture, "210", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Services aux personnes et vente en espace rural", Sector.Agriculture, "330", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Palefrenier soigneur", Sector.Agriculture, "212", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Maréchal-ferrant", Sector.Agriculture, "212", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Travaux forestiers", Sector.Agriculture, "213", 24),
        new(DiplomaType.CapAgricole, 3, "CAPa Opérateur en industries agroalimentaires", Sector.Agriculture, "221", 24),

        // Mentions complémentaires, levels 3 and 4
        new(DiplomaType.MentionComplementaire, 3, "MC Cuisinier en desserts de restaurant", Sector.HotellerieRestauration, "221", 12),
        new(DiplomaType.MentionComplementaire, 3, "MC Employé traiteur", Sector.MetiersDeBouche, "221", 12),
        new(DiplomaType.MentionComplementaire, 3, "MC Boulangerie spécialisée", Sector.MetiersDeBouche, "221", 12),
        new(DiplomaType.MentionComplementaire, 3, "MC Pâtisserie glacerie chocolaterie confiserie spécialisées", Sector.MetiersDeBouche, "221", 12),
        new(DiplomaType.MentionComplementaire, 3, "MC Barman", Sector.HotellerieRestauration, "334", 12),
        new(DiplomaType.MentionComplementaire, 3, "MC Coiffure coupe couleur", Sector.CoiffureEsthetique, "336", 12),
        new(DiplomaType.MentionComplementaire, 4, "MC Sommellerie", Sector.HotellerieRestauration, "334", 12),
        new(DiplomaType.MentionComplementaire, 4, "MC Maintenance des installations oléohydrauliques et pneumatiques", Sector.Industrie, "250", 12),
        new(DiplomaType.MentionComplementaire, 4, "MC Technicien(ne) en énergies renouvelables option A énergie électrique", Sector.Btp, "227", 12),
        new(DiplomaType.MentionComplementaire, 4, "MC Technicien(ne) ascensoriste", Sector.Industrie, "255", 12),

        // Brevets professionnels, level 4
        new(DiplomaType.BrevetProfessionnel, 4, "BP Boulanger", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Boucher", Sector.MetiersDeBouche, "221", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Coiffure", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Esthétique cosmétique parfumerie", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Arts de la cuisine", Sector.HotellerieRestauration, "221", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Arts du service et commercialisation en restauration", Sector.HotellerieRestauration, "334", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Barman", Sector.HotellerieRestauration, "334", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Maçon", Sector.Btp, "232", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Menuisier", Sector.Btp, "234", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Électricien", Sector.Btp, "255", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Monteur en installations du génie climatique et sanitaire", Sector.Btp, "227", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Peintre applicateur de revêtements", Sector.Btp, "233", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Carrelage mosaïque", Sector.Btp, "233", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Couvreur", Sector.Btp, "232", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Métiers de la piscine", Sector.Btp, "233", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Préparateur en pharmacie", Sector.SanteSocial, "331", 24),
        new(DiplomaType.BrevetProfessionnel, 4, "BP Fleuriste", Sector.Commerce, "212", 24),
        new(DiplomaType.BrevetProfessionnelAgricole, 4, "BP Responsable d'entreprise agricole", Sector.Agriculture, "210", 24),
        new(DiplomaType.BrevetProfessionnelAgricole, 4, "BP Aménagements paysagers", Sector.Agriculture, "214", 24),

        // Bacs professionnels, level 4
        new(DiplomaType.BacPro, 4, "Bac pro Cuisine", Sector.HotellerieRestauration, "221", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Commercialisation et services en restauration", Sector.HotellerieRestauration, "334", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Boucher charcutier traiteur", Sector.MetiersDeBouche, "221", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Boulanger pâtissier", Sector.MetiersDeBouche, "221", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers du commerce et de la vente option A animation et gestion de l'espace commercial", Sector.Commerce, "312", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers du commerce et de la vente option B prospection clientèle et valorisation de l'offre commerciale", Sector.Commerce, "312", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers de l'accueil", Sector.Commerce, "312", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Assistance à la gestion des organisations et de leurs activités", Sector.GestionAdministration, "324", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Logistique", Sector.TransportLogistique, "311", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Conducteur transport routier marchandises", Sector.TransportLogistique, "311", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Maintenance des véhicules option A voitures particulières", Sector.Automobile, "252", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Maintenance des véhicules option B véhicules de transport routier", Sector.Automobile, "252", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Maintenance des véhicules option C motocycles", Sector.Automobile, "252", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Carrossier peintre automobile", Sector.Automobile, "252", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers de l'électricité et de ses environnements connectés", Sector.Btp, "255", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Installateur en chauffage, climatisation et énergies renouvelables", Sector.Btp, "227", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Maintenance et efficacité énergétique", Sector.Btp, "227", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Technicien du bâtiment : organisation et réalisation du gros œuvre", Sector.Btp, "232", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Technicien menuisier agenceur", Sector.Btp, "234", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Aménagement et finition du bâtiment", Sector.Btp, "233", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Travaux publics", Sector.Btp, "231", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Ouvrages du bâtiment : métallerie", Sector.Btp, "254", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Technicien en chaudronnerie industrielle", Sector.Industrie, "254", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Technicien en réalisation de produits mécaniques option réalisation et suivi de productions", Sector.Industrie, "251", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Maintenance des systèmes de production connectés", Sector.Industrie, "250", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Pilote de ligne de production", Sector.Industrie, "200", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Cybersécurité, informatique et réseaux, électronique", Sector.Numerique, "255", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Accompagnement, soins et services à la personne", Sector.SanteSocial, "330", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Optique lunetterie", Sector.SanteSocial, "331", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers de la coiffure", Sector.CoiffureEsthetique, "336", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Esthétique cosmétique parfumerie", Sector.CoiffureEsthetique, "336", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Hygiène, propreté, stérilisation", Sector.ServicesSecurite, "343", 36),
        new(DiplomaType.BacPro, 4, "Bac pro Métiers de la sécurité", Sector.ServicesSecurite, "344", 36),
        new(DiplomaType.BacProAgricole, 4, "Bac pro Conduite et gestion de l'entreprise agricole", Sector.Agriculture, "210", 36),
        new(DiplomaType.BacProAgricole, 4, "Bac pro Aménagements paysagers", Sector.Agriculture, "214", 36),
        new(DiplomaType.BacProAgricole, 4, "Bac pro Conduite et gestion de l'entreprise hippique", Sector.Agriculture, "212", 36),
        new(DiplomaType.BacProAgricole, 4, "Bac pro Forêt", Sector.Agriculture, "213", 36),
        new(DiplomaType.BacProAgricole, 4, "Bac pro Agroéquipement", Sector.Agriculture, "252", 36),

        // BTS and BTSA, level 5
        new(DiplomaType.Bts, 5, "BTS Management commercial opérationnel", Sector.Commerce, "312", 24),
        new(DiplomaType.Bts, 5, "BTS Négociation et digitalisation de la relation client", Sector.Commerce, "312", 24),
        new(DiplomaType.Bts, 5, "BTS Commerce international", Sector.Commerce, "312", 24),
        new(DiplomaType.Bts, 5, "BTS Communication", Sector.Commerce, "320", 24),
        new(DiplomaType.Bts, 5, "BTS Gestion de la PME", Sector.GestionAdministration, "314", 24),
        new(DiplomaType.Bts, 5, "BTS Support à l'action managériale", Sector.GestionAdministration, "324", 24),
        new(DiplomaType.Bts, 5, "BTS Comptabilité et gestion", Sector.GestionAdministration, "314", 24),
        new(DiplomaType.Bts, 5, "BTS Banque, conseiller de clientèle (particuliers)", Sector.GestionAdministration, "313", 24),
        new(DiplomaType.Bts, 5, "BTS Assurance", Sector.GestionAdministration, "313", 24),
        new(DiplomaType.Bts, 5, "BTS Professions immobilières", Sector.GestionAdministration, "313", 24),
        new(DiplomaType.Bts, 5, "BTS Services informatiques aux organisations option A solutions d'infrastructure, systèmes et réseaux", Sector.Numerique, "326", 24),
        new(DiplomaType.Bts, 5, "BTS Services informatiques aux organisations option B solutions logicielles et applications métiers", Sector.Numerique, "326", 24),
        new(DiplomaType.Bts, 5, "BTS Cybersécurité, informatique et réseaux, électronique option A informatique et réseaux", Sector.Numerique, "326", 24),
        new(DiplomaType.Bts, 5, "BTS Gestion des transports et logistique associée", Sector.TransportLogistique, "311", 24),
        new(DiplomaType.Bts, 5, "BTS Maintenance des véhicules option A voitures particulières", Sector.Automobile, "252", 24),
        new(DiplomaType.Bts, 5, "BTS Maintenance des systèmes option A systèmes de production", Sector.Industrie, "250", 24),
        new(DiplomaType.Bts, 5, "BTS Conception des processus de réalisation de produits option B production sérielle", Sector.Industrie, "251", 24),
        new(DiplomaType.Bts, 5, "BTS Conception et réalisation de systèmes automatiques", Sector.Industrie, "250", 24),
        new(DiplomaType.Bts, 5, "BTS Électrotechnique", Sector.Industrie, "255", 24),
        new(DiplomaType.Bts, 5, "BTS Fluides, énergies, domotique option A génie climatique et fluidique", Sector.Btp, "227", 24),
        new(DiplomaType.Bts, 5, "BTS Bâtiment", Sector.Btp, "232", 24),
        new(DiplomaType.Bts, 5, "BTS Travaux publics", Sector.Btp, "231", 24),
        new(DiplomaType.Bts, 5, "BTS Études et économie de la construction", Sector.Btp, "230", 24),
        new(DiplomaType.Bts, 5, "BTS Management en hôtellerie restauration", Sector.HotellerieRestauration, "334", 24),
        new(DiplomaType.Bts, 5, "BTS Tourisme", Sector.HotellerieRestauration, "334", 24),
        new(DiplomaType.Bts, 5, "BTS Métiers de la coiffure", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.Bts, 5, "BTS Métiers de l'esthétique-cosmétique-parfumerie option A management", Sector.CoiffureEsthetique, "336", 24),
        new(DiplomaType.Bts, 5, "BTS Services et prestations des secteurs sanitaire et social", Sector.SanteSocial, "330", 24),
        new(DiplomaType.Bts, 5, "BTS Opticien lunetier", Sector.SanteSocial, "331", 24),
        new(DiplomaType.Btsa, 5, "BTSA Aménagements paysagers", Sector.Agriculture, "214", 24),
        new(DiplomaType.Btsa, 5, "BTSA Agronomie et cultures durables", Sector.Agriculture, "211", 24),
        new(DiplomaType.Btsa, 5, "BTSA Analyse, conduite et stratégie de l'entreprise agricole", Sector.Agriculture, "210", 24),
        new(DiplomaType.Btsa, 5, "BTSA Technico-commercial", Sector.Agriculture, "312", 24),
        new(DiplomaType.Btsa, 5, "BTSA Génie des équipements agricoles", Sector.Agriculture, "252", 24),

        // BUT and licences professionnelles, level 6
        new(DiplomaType.But, 6, "BUT Génie électrique et informatique industrielle", Sector.Industrie, "255", 36),
        new(DiplomaType.But, 6, "BUT Génie mécanique et productique", Sector.Industrie, "251", 36),
        new(DiplomaType.But, 6, "BUT Qualité, logistique industrielle et organisation", Sector.Industrie, "200", 36),
        new(DiplomaType.But, 6, "BUT Génie civil - construction durable", Sector.Btp, "230", 36),
        new(DiplomaType.But, 6, "BUT Informatique", Sector.Numerique, "326", 36),
        new(DiplomaType.But, 6, "BUT Réseaux et télécommunications", Sector.Numerique, "326", 36),
        new(DiplomaType.But, 6, "BUT Métiers du multimédia et de l'internet", Sector.Numerique, "320", 36),
        new(DiplomaType.But, 6, "BUT Techniques de commercialisation", Sector.Commerce, "312", 36),
        new(DiplomaType.But, 6, "BUT Gestion des entreprises et des administrations", Sector.GestionAdministration, "314", 36),
        new(DiplomaType.But, 6, "BUT Gestion logistique et transport", Sector.TransportLogistique, "311", 36),
        new(DiplomaType.But, 6, "BUT Carrières sociales", Sector.SanteSocial, "332", 36),
        new(DiplomaType.LicencePro, 6, "Licence pro Métiers de l'immobilier : gestion et administration de biens", Sector.GestionAdministration, "313", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Métiers de la gestion et de la comptabilité : comptabilité et paie", Sector.GestionAdministration, "314", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Management et gestion des organisations", Sector.GestionAdministration, "310", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Métiers du BTP : bâtiment et construction", Sector.Btp, "230", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Commerce et distribution", Sector.Commerce, "312", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Métiers de l'informatique : administration et sécurité des systèmes et des réseaux", Sector.Numerique, "326", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Maintenance et technologie : systèmes pluritechniques", Sector.Industrie, "250", 12),
        new(DiplomaType.LicencePro, 6, "Licence pro Logistique et pilotage des flux", Sector.TransportLogistique, "311", 12),

        // Titres professionnels of the ministry of labour, levels 3 to 6
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Agent de restauration", Sector.HotellerieRestauration, "221", 9),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Cuisinier", Sector.HotellerieRestauration, "221", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Serveur en restauration", Sector.HotellerieRestauration, "334", 9),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Employé commercial", Sector.Commerce, "312", 9),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Vendeur conseil en magasin", Sector.Commerce, "312", 12),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Conseiller de vente", Sector.Commerce, "312", 12),
        new(DiplomaType.TitreProfessionnel, 5, "Titre professionnel Manager d'unité marchande", Sector.Commerce, "312", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Préparateur de commandes en entrepôt", Sector.TransportLogistique, "311", 6),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Cariste d'entrepôt", Sector.TransportLogistique, "311", 6),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Conducteur du transport routier de marchandises sur porteur", Sector.TransportLogistique, "311", 9),
        new(DiplomaType.TitreProfessionnel, 5, "Titre professionnel Technicien supérieur du transport terrestre de marchandises", Sector.TransportLogistique, "311", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Assistant de vie aux familles", Sector.SanteSocial, "330", 9),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Secrétaire assistant médico-administratif", Sector.SanteSocial, "324", 12),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Comptable assistant", Sector.GestionAdministration, "314", 12),
        new(DiplomaType.TitreProfessionnel, 5, "Titre professionnel Gestionnaire de paie", Sector.GestionAdministration, "315", 12),
        new(DiplomaType.TitreProfessionnel, 5, "Titre professionnel Assistant ressources humaines", Sector.GestionAdministration, "315", 12),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Technicien d'assistance en informatique", Sector.Numerique, "326", 12),
        new(DiplomaType.TitreProfessionnel, 5, "Titre professionnel Développeur web et web mobile", Sector.Numerique, "326", 12),
        new(DiplomaType.TitreProfessionnel, 6, "Titre professionnel Concepteur développeur d'applications", Sector.Numerique, "326", 18),
        new(DiplomaType.TitreProfessionnel, 6, "Titre professionnel Administrateur d'infrastructures sécurisées", Sector.Numerique, "326", 18),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Maçon", Sector.Btp, "232", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Plaquiste", Sector.Btp, "233", 9),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Technicien d'équipement et d'exploitation en électricité", Sector.Btp, "255", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Soudeur assembleur industriel", Sector.Industrie, "254", 9),
        new(DiplomaType.TitreProfessionnel, 4, "Titre professionnel Technicien de maintenance industrielle", Sector.Industrie, "250", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Mécanicien automobile", Sector.Automobile, "252", 12),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Agent de sûreté et de sécurité privée", Sector.ServicesSecurite, "344", 6),
        new(DiplomaType.TitreProfessionnel, 3, "Titre professionnel Agent de propreté et d'hygiène", Sector.ServicesSecurite, "343", 6),

        // Engineering degrees and masters, level 7
        new(DiplomaType.DiplomeIngenieur, 7, "Diplôme d'ingénieur spécialité génie industriel", Sector.Industrie, "200", 36),
        new(DiplomaType.DiplomeIngenieur, 7, "Diplôme d'ingénieur spécialité informatique et réseaux", Sector.Numerique, "326", 36),
        new(DiplomaType.DiplomeIngenieur, 7, "Diplôme d'ingénieur spécialité bâtiment et travaux publics", Sector.Btp, "230", 36),
        new(DiplomaType.Master, 7, "Master Management et administration des entreprises", Sector.GestionAdministration, "310", 24),
        new(DiplomaType.Master, 7, "Master Gestion des ressources humaines", Sector.GestionAdministration, "315", 24),
        new(DiplomaType.Master, 7, "Master Logistique et supply chain", Sector.TransportLogistique, "311", 24),
    ]);

    /// <summary>The levels each diploma type may have; a titre professionnel or a mention complémentaire has several.</summary>
    /// <summary>The levels of the national framework of professional certifications (decree of 8 January 2019).</summary>
    public static IReadOnlyDictionary<int, string> LevelNames { get; } = new Dictionary<int, string>
    {
        [1] = "Niveau 1 (savoirs de base)",
        [2] = "Niveau 2 (certificat CléA)",
        [3] = "Niveau 3 (CAP, BEP)",
        [4] = "Niveau 4 (bac, brevet professionnel)",
        [5] = "Niveau 5 (bac + 2 : BTS, DEUST)",
        [6] = "Niveau 6 (bac + 3 : licence, BUT)",
        [7] = "Niveau 7 (bac + 5 : master, ingénieur)",
        [8] = "Niveau 8 (doctorat)",
    };

    public static IReadOnlyList<int> LevelsOf(DiplomaType type) => type switch
    {
        DiplomaType.Cap or DiplomaType.CapAgricole => [3],
        DiplomaType.MentionComplementaire => [3, 4],
        DiplomaType.BrevetProfessionnel or DiplomaType.BrevetProfessionnelAgricole or DiplomaType.BacPro or DiplomaType.BacProAgricole => [4],
        DiplomaType.Bts or DiplomaType.Btsa => [5],
        DiplomaType.But or DiplomaType.LicencePro => [6],
        DiplomaType.TitreProfessionnel => [3, 4, 5, 6, 7],
        DiplomaType.DiplomeIngenieur or DiplomaType.Master => [7],
        _ => [],
    };

    private static string Family(DiplomaType type, int level) => type switch
    {
        DiplomaType.Cap => "500",
        DiplomaType.CapAgricole => "503",
        DiplomaType.MentionComplementaire => level == 3 ? "010" : "011",
        DiplomaType.BrevetProfessionnel => "450",
        DiplomaType.BrevetProfessionnelAgricole => "453",
        DiplomaType.BacPro => "400",
        DiplomaType.BacProAgricole => "403",
        DiplomaType.Bts => "320",
        DiplomaType.Btsa => "323",
        DiplomaType.But => "251",
        DiplomaType.LicencePro => "250",
        DiplomaType.TitreProfessionnel => $"{8 - level}6T",
        DiplomaType.DiplomeIngenieur => "170",
        DiplomaType.Master => "135",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static Diploma[] Build(Entry[] entries)
    {
        var rankInGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var diplomas = new Diploma[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            var group = Family(e.Type, e.Level) + e.Nsf;
            var rank = rankInGroup.GetValueOrDefault(group);
            rankInGroup[group] = rank + 1;
            diplomas[i] = new Diploma(
                e.Type,
                e.Level,
                e.Title,
                e.Sector,
                Cfd: $"{group}{11 + (7 * rank):00}",
                RncpCode: $"RNCP{34000 + (i * 389 % 6000)}",
                CertifInfoId: $"{100000 + (i * 7919 % 90000)}",
                e.DurationMonths);
        }

        return diplomas;
    }

    private sealed record Entry(DiplomaType Type, int Level, string Title, Sector Sector, string Nsf, int DurationMonths);
}
