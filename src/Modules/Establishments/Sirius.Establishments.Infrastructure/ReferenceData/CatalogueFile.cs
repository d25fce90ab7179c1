using System.Globalization;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

/// <summary>A line of a catalogue file once read: a row, or the reasons it was rejected.</summary>
public abstract record CatalogueLine(int LineNumber);

/// <summary>A valid line: the formation, its formateur and its gestionnaire (the formateur itself when it manages itself).</summary>
public sealed record CatalogueRow(int LineNumber, ReferenceFormation Formation, ReferenceEstablishment Formateur, ReferenceEstablishment Gestionnaire)
    : CatalogueLine(LineNumber);

/// <summary>A refused line and why, in French, for the person who fixes the file.</summary>
public sealed record CatalogueRejection(int LineNumber, IReadOnlyList<string> Reasons) : CatalogueLine(LineNumber)
{
    public string Reason => string.Join(" ; ", Reasons);
}

/// <summary>
/// The catalogue file: UTF-8, semicolon-separated, a header row, then one line per formation carrying the formation,
/// its formateur and its gestionnaire. See docs/catalogue-format.md.
/// </summary>
public static class CatalogueFile
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        Col.Key, Col.Cfd, Col.Rncp, Col.CertifInfo, Col.DiplomaType, Col.Level, Col.Title, Col.Sector, Col.Duration,
        Col.PlaceCommuneCode, Col.PlacePostalCode, Col.PlaceCommune, Col.PlaceDepartment, Col.PlaceRegion, Col.PlaceLatitude, Col.PlaceLongitude,
        .. EstablishmentColumns(Col.Formateur),
        .. EstablishmentColumns(Col.Gestionnaire),
    ];

    /// <summary>Writes the header and one line per formation. Every formation's formateur and gestionnaire must be in the catalogue.</summary>
    public static void Write(TextWriter writer, ReferenceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalogue);

        var bySiret = catalogue.Establishments.ToDictionary(e => e.Siret, StringComparer.Ordinal);
        SemicolonCsv.WriteRecords(writer, catalogue.Formations.Select(f => Fields(f, bySiret)).Prepend([.. Columns]));
    }

    private static string[] Fields(ReferenceFormation formation, Dictionary<string, ReferenceEstablishment> bySiret)
    {
        var place = formation.Place;
        var fields = new List<string>(Columns.Count)
        {
            formation.Key, formation.Cfd, formation.RncpCode, formation.CertifInfoId, Labels.Of(formation.DiplomaType),
            formation.Level.ToString(CultureInfo.InvariantCulture), formation.Title, Labels.Of(formation.Sector),
            formation.DurationMonths.ToString(CultureInfo.InvariantCulture),
            place.CommuneCode, place.PostalCode, place.Commune, place.DepartmentCode, place.RegionCode, Format(place.Latitude), Format(place.Longitude),
        };
        AddEstablishment(fields, Find(bySiret, formation.FormateurSiret, formation.Key));
        AddEstablishment(fields, Find(bySiret, formation.GestionnaireSiret, formation.Key));
        return [.. fields];
    }

    /// <summary>
    /// Reads a catalogue file line by line. Each line gives a row or a rejection; a bad line never stops the next ones.
    /// A header missing columns gives a single rejection at its line and nothing more.
    /// </summary>
    public static IEnumerable<CatalogueLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLines(reader);
    }

    /// <summary>
    /// Gathers rows into a catalogue: formations in file order, establishments once each, in order of first appearance
    /// (a formateur before its gestionnaire).
    /// </summary>
    public static ReferenceCatalogue Assemble(IEnumerable<CatalogueRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var establishments = new List<ReferenceEstablishment>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var formations = new List<ReferenceFormation>();
        foreach (var row in rows)
        {
            formations.Add(row.Formation);
            if (seen.Add(row.Formateur.Siret))
            {
                establishments.Add(row.Formateur);
            }

            if (seen.Add(row.Gestionnaire.Siret))
            {
                establishments.Add(row.Gestionnaire);
            }
        }

        return new ReferenceCatalogue(establishments, formations);
    }

    private static IEnumerable<CatalogueLine> ReadLines(TextReader reader)
    {
        Dictionary<string, int>? header = null;
        var columnCount = 0;
        foreach (var record in SemicolonCsv.ReadRecords(reader))
        {
            if (record.Fields is null)
            {
                yield return new CatalogueRejection(record.LineNumber, ["Guillemet non fermé : le champ entre guillemets ne se termine pas"]);
                continue;
            }

            if (header is null)
            {
                header = ReadHeader(record.Fields, out var missing);
                if (missing.Count > 0)
                {
                    yield return new CatalogueRejection(record.LineNumber, [$"En-tête incorrect : colonnes manquantes : {string.Join(", ", missing)}"]);
                    yield break;
                }

                columnCount = record.Fields.Length;
                continue;
            }

            if (record.Fields.Length != columnCount)
            {
                yield return new CatalogueRejection(
                    record.LineNumber,
                    [$"Nombre de colonnes incorrect : {columnCount} attendues, {record.Fields.Length} trouvées"]);
                continue;
            }

            yield return new RowParser(record.LineNumber, record.Fields, header).Parse();
        }
    }

    private static Dictionary<string, int> ReadHeader(string[] fields, out List<string> missing)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Length; i++)
        {
            header.TryAdd(fields[i].Trim().TrimStart('\uFEFF'), i);
        }

        missing = [.. Columns.Where(c => !header.ContainsKey(c))];
        return header;
    }

    private static IEnumerable<string> EstablishmentColumns(string role) =>
    [
        role + Col.Siret, role + Col.Uai, role + Col.Name, role + Col.Street, role + Col.PostalCode, role + Col.CommuneCode,
        role + Col.Commune, role + Col.Department, role + Col.Region, role + Col.Academy, role + Col.Latitude, role + Col.Longitude,
    ];

    private static void AddEstablishment(List<string> fields, ReferenceEstablishment e)
    {
        var a = e.Address;
        fields.AddRange(
        [
            e.Siret, e.Uai ?? "", e.Name, a.Street, a.PostalCode, a.CommuneCode, a.Commune, a.DepartmentCode, a.RegionCode, a.AcademyCode,
            Format(e.Latitude), Format(e.Longitude),
        ]);
    }

    private static ReferenceEstablishment Find(Dictionary<string, ReferenceEstablishment> bySiret, string siret, string formationKey) =>
        bySiret.TryGetValue(siret, out var establishment)
            ? establishment
            : throw new InvalidOperationException($"Formation {formationKey} refers to establishment {siret}, which is not in the catalogue.");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column names, in French as they appear in the file.</summary>
    internal static class Col
    {
        public const string Key = "cle_formation";
        public const string Cfd = "cfd";
        public const string Rncp = "code_rncp";
        public const string CertifInfo = "id_certifinfo";
        public const string DiplomaType = "type_diplome";
        public const string Level = "niveau";
        public const string Title = "intitule";
        public const string Sector = "secteur";
        public const string Duration = "duree_mois";
        public const string PlaceCommuneCode = "lieu_code_commune_insee";
        public const string PlacePostalCode = "lieu_code_postal";
        public const string PlaceCommune = "lieu_commune";
        public const string PlaceDepartment = "lieu_departement";
        public const string PlaceRegion = "lieu_region";
        public const string PlaceLatitude = "lieu_latitude";
        public const string PlaceLongitude = "lieu_longitude";

        public const string Formateur = "formateur_";
        public const string Gestionnaire = "gestionnaire_";
        public const string Siret = "siret";
        public const string Uai = "uai";
        public const string Name = "nom";
        public const string Street = "adresse";
        public const string PostalCode = "code_postal";
        public const string CommuneCode = "code_commune_insee";
        public const string Commune = "commune";
        public const string Department = "departement";
        public const string Region = "region";
        public const string Academy = "academie";
        public const string Latitude = "latitude";
        public const string Longitude = "longitude";
    }

    /// <summary>Checks one line's fields and builds the row, collecting every problem rather than stopping at the first.</summary>
    private sealed class RowParser(int lineNumber, string[] fields, Dictionary<string, int> header)
    {
        /// <summary>Names, titles and streets: the longest text column.</summary>
        private const int LongestText = 250;

        private readonly List<string> problems = [];

        public CatalogueLine Parse()
        {
            var key = Required(Col.Key, "Clé de formation manquante");
            var cfd = Cfd();
            var rncp = Optional(Col.Rncp, v => v.Length is >= 7 and <= 10 && v.StartsWith("RNCP", StringComparison.Ordinal) && v[4..].All(char.IsAsciiDigit), "Code RNCP invalide");
            var certifInfo = Optional(Col.CertifInfo, v => v.Length <= 10 && v.All(char.IsAsciiDigit), "Identifiant CertifInfo invalide");
            var (type, level) = DiplomaAndLevel();
            var title = Required(Col.Title, "Intitulé manquant");
            var sector = SectorOf();
            var duration = Duration();
            var place = Place();
            var formateur = Establishment(Col.Formateur, "formateur");
            var gestionnaire = Establishment(Col.Gestionnaire, "gestionnaire");

            if (problems.Count > 0)
            {
                return new CatalogueRejection(lineNumber, problems);
            }

            var managedBy = gestionnaire.Siret == formateur.Siret ? null : gestionnaire.Siret;
            var formation = new ReferenceFormation(
                key!, cfd!, rncp, certifInfo, type, level, title!, sector, duration, place, formateur.Siret, gestionnaire.Siret);
            return new CatalogueRow(lineNumber, formation, formateur with { GestionnaireSiret = managedBy }, gestionnaire);
        }

        // Line breaks inside a quoted field stay (a street on two lines); other control and format characters go.
        private string Value(string column) => PlainText.Paragraphs(fields[header[column]]);

        /// <param name="maxLength">What the column holds in the database; a longer value rejects the line, unquoted.</param>
        private string? Required(string column, string missing, int maxLength = LongestText)
        {
            var value = Value(column);
            if (value.Length > maxLength)
            {
                problems.Add($"Valeur trop longue : {value.Length} caractères, {maxLength} au plus (colonne {column})");
                return null;
            }

            if (value.Length > 0)
            {
                return value;
            }

            problems.Add($"{missing} (colonne {column})");
            return null;
        }

        private string Optional(string column, Func<string, bool> isValid, string invalid)
        {
            var value = Value(column);
            if (value.Length > 0 && !isValid(value))
            {
                Invalid(invalid, column, value);
            }

            return value;
        }

        private void Invalid(string problem, string column, string value) => problems.Add($"{problem} (colonne {column}, valeur « {value} »)");

        private void Unknown(string problem, string column) => problems.Add($"{problem} (colonne {column})");

        private string? Cfd()
        {
            var cfd = Required(Col.Cfd, "Code CFD manquant");
            if (cfd is not null && (cfd.Length != 8 || !cfd.All(char.IsAsciiLetterOrDigit)))
            {
                Invalid("Code CFD invalide : 8 lettres ou chiffres attendus", Col.Cfd, cfd);
            }

            return cfd;
        }

        private (DiplomaType Type, int Level) DiplomaAndLevel()
        {
            var label = Required(Col.DiplomaType, "Type de diplôme manquant");
            var knownType = false;
            var type = default(DiplomaType);
            if (label is not null && !(knownType = Labels.TryParse(label, out type)))
            {
                Unknown($"Type de diplôme inconnu : {label}", Col.DiplomaType);
            }

            var text = Required(Col.Level, "Niveau manquant");
            if (text is null)
            {
                return (type, 0);
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < 3 or > 7)
            {
                Unknown($"Niveau inconnu : {text}", Col.Level);
            }
            else if (knownType && !Diplomas.LevelsOf(type).Contains(level))
            {
                Unknown($"Niveau {level} incohérent avec le type de diplôme {label}", Col.Level);
            }

            return (type, level);
        }

        private Sector SectorOf()
        {
            var label = Required(Col.Sector, "Secteur manquant");
            if (label is not null && Labels.TryParse(label, out Sector sector))
            {
                return sector;
            }

            if (label is not null)
            {
                Unknown($"Secteur inconnu : {label}", Col.Sector);
            }

            return default;
        }

        private int Duration()
        {
            var text = Required(Col.Duration, "Durée manquante");
            if (text is null)
            {
                return 0;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 60)
            {
                return months;
            }

            Invalid("Durée invalide : nombre de mois entre 1 et 60 attendu", Col.Duration, text);
            return 0;
        }

        private FormationPlace Place()
        {
            var (communeCode, postalCode, commune, department, region) = Location(
                Col.PlaceCommuneCode, Col.PlacePostalCode, Col.PlaceCommune, Col.PlaceDepartment, Col.PlaceRegion, academyColumn: null);
            var (latitude, longitude) = Coordinates(Col.PlaceLatitude, Col.PlaceLongitude, communeCode);
            return new FormationPlace(communeCode, postalCode, commune, department, region, latitude, longitude);
        }

        private ReferenceEstablishment Establishment(string role, string roleName)
        {
            var siret = SiretOf(role + Col.Siret, roleName);
            var uai = UaiOf(role + Col.Uai);
            var name = Required(role + Col.Name, $"Nom du {roleName} manquant");
            var street = Required(role + Col.Street, $"Adresse du {roleName} manquante");
            var (communeCode, postalCode, commune, department, region) = Location(
                role + Col.CommuneCode, role + Col.PostalCode, role + Col.Commune, role + Col.Department, role + Col.Region, role + Col.Academy);
            var academy = Value(role + Col.Academy);
            var (latitude, longitude) = Coordinates(role + Col.Latitude, role + Col.Longitude, communeCode);
            return new ReferenceEstablishment(
                siret ?? "",
                uai,
                name ?? "",
                new EstablishmentAddress(street ?? "", postalCode, commune, communeCode, department, region, academy),
                latitude,
                longitude,
                GestionnaireSiret: null);
        }

        private string? SiretOf(string column, string roleName)
        {
            var value = Required(column, $"SIRET du {roleName} manquant");
            if (value is null)
            {
                return null;
            }

            var digits = value.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length != 14 || !digits.All(char.IsAsciiDigit))
            {
                Invalid("SIRET invalide : 14 chiffres attendus", column, value);
            }
            else if (!Siret.IsValid(digits))
            {
                Invalid("SIRET invalide : clé de contrôle incorrecte", column, value);
            }

            return digits;
        }

        private string? UaiOf(string column)
        {
            var value = Value(column).ToUpperInvariant();
            if (value.Length == 0)
            {
                return null;
            }

            if (value.Length != 8 || !value[..7].All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(value[7]))
            {
                Invalid("UAI invalide : 7 chiffres et une lettre attendus", column, value);
            }
            else if (!Uai.IsValid(value))
            {
                Invalid("UAI invalide : lettre de contrôle incorrecte", column, value);
            }

            return value;
        }

        private (string CommuneCode, string PostalCode, string Commune, string Department, string Region) Location(
            string communeCodeColumn, string postalCodeColumn, string communeColumn, string departmentColumn, string regionColumn, string? academyColumn)
        {
            var communeCode = Required(communeCodeColumn, "Code commune INSEE manquant") ?? "";
            var postalCode = Required(postalCodeColumn, "Code postal manquant") ?? "";
            var commune = Required(communeColumn, "Commune manquante", maxLength: 100) ?? "";
            var departmentCode = Required(departmentColumn, "Département manquant") ?? "";
            var regionCode = Required(regionColumn, "Région manquante") ?? "";

            if (postalCode.Length > 0 && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
            {
                Invalid("Code postal invalide : 5 chiffres attendus", postalCodeColumn, postalCode);
            }

            var communeCodeValid = IsCommuneCode(communeCode);
            if (communeCode.Length > 0 && !communeCodeValid)
            {
                Invalid("Code commune INSEE invalide : 5 caractères attendus (2A/2B pour la Corse)", communeCodeColumn, communeCode);
            }

            if (departmentCode.Length == 0)
            {
                return (communeCode, postalCode, commune, departmentCode, regionCode);
            }

            var department = Territories.FindDepartment(departmentCode);
            if (department is null)
            {
                Unknown($"Département inconnu : {departmentCode}", departmentColumn);
                return (communeCode, postalCode, commune, departmentCode, regionCode);
            }

            if (communeCodeValid && Territories.DepartmentCodeOf(communeCode) != department.Code)
            {
                Invalid($"Code commune hors du département {department.Code}", communeCodeColumn, communeCode);
            }

            if (regionCode.Length > 0 && regionCode != department.RegionCode)
            {
                Invalid($"Région incohérente avec le département {department.Code} (région {department.RegionCode} attendue)", regionColumn, regionCode);
            }

            if (academyColumn is not null)
            {
                var academyCode = Required(academyColumn, "Académie manquante");
                if (academyCode is not null && academyCode != department.AcademyCode)
                {
                    Invalid($"Académie incohérente avec le département {department.Code} (académie {department.AcademyCode} attendue)", academyColumn, academyCode);
                }
            }

            return (communeCode, postalCode, commune, departmentCode, regionCode);
        }

        /// <summary>The coordinates given, or when both are empty the centre of the commune from the reference data.</summary>
        private (decimal Latitude, decimal Longitude) Coordinates(string latitudeColumn, string longitudeColumn, string communeCode)
        {
            if (Value(latitudeColumn).Length == 0 && Value(longitudeColumn).Length == 0)
            {
                if (Territories.FindCommune(communeCode) is { } commune)
                {
                    return (commune.Latitude, commune.Longitude);
                }

                if (communeCode.Length > 0)
                {
                    problems.Add($"Coordonnées manquantes et commune {communeCode} absente du référentiel (colonnes {latitudeColumn}, {longitudeColumn})");
                }

                return (0, 0);
            }

            return (Coordinate(latitudeColumn, 90), Coordinate(longitudeColumn, 180));
        }

        private decimal Coordinate(string column, int bound)
        {
            var text = Required(column, "Coordonnée manquante");
            if (text is null)
            {
                return 0;
            }

            if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && Math.Abs(value) <= bound)
            {
                return value;
            }

            Invalid($"Coordonnée invalide : nombre décimal entre -{bound} et {bound} attendu", column, text);
            return 0;
        }

        private static bool IsCommuneCode(string code) =>
            code.Length == 5
            && (code[..2].All(char.IsAsciiDigit) || code[..2] is "2A" or "2B")
            && code[2..].All(char.IsAsciiDigit)
            && code[..2] != "00";
    }
}
