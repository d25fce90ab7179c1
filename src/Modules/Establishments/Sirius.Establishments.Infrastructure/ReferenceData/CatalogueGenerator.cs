using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

public enum CatalogueSize
{
    /// <summary>Auvergne-Rhône-Alpes and Provence-Alpes-Côte d'Azur: 400 establishments, 2,000 formations.</summary>
    Pilot,

    /// <summary>All régions in proportion to their population: 4,000 establishments, 20,000 formations.</summary>
    National,
}

/// <summary>
/// Generates a realistic catalogue of CFAs and apprenticeship formations. The output depends only on the size and the
/// seed: same arguments, same catalogue, to the byte once written.
/// </summary>
public static class CatalogueGenerator
{
    public static int EstablishmentCount(CatalogueSize size) => size == CatalogueSize.Pilot ? 400 : 4_000;

    public static int FormationCount(CatalogueSize size) => size == CatalogueSize.Pilot ? 2_000 : 20_000;

    public static IReadOnlyList<string> RegionCodes(CatalogueSize size) =>
        size == CatalogueSize.Pilot ? Territories.PilotRegionCodes : [.. Territories.Regions.Select(r => r.Code)];

    public static ReferenceCatalogue Generate(CatalogueSize size, int seed)
    {
        if (!Enum.IsDefined(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size));
        }

        return new GenerationRun(seed).Run(RegionCodes(size), EstablishmentCount(size), FormationCount(size));
    }

    private sealed class GenerationRun(int seed)
    {
        // One group in four is a gestionnaire with 1 to 4 formateurs: about 15% of establishments are gestionnaires.
        private const double GestionnaireGroupShare = 0.24;
        private const double SiteInSameDepartmentShare = 0.6;
        private const double SiteSharesSirenShare = 0.7;
        private const double FormationAwayFromSiteShare = 0.15;
        private const int MinFormations = 2;
        private const int MaxFormations = 10;

        private readonly Random random = new(seed);
        private readonly HashSet<string> sirets = new(StringComparer.Ordinal);
        private readonly HashSet<string> uais = new(StringComparer.Ordinal);
        private readonly HashSet<string> names = new(StringComparer.Ordinal);
        private readonly List<Draft> drafts = [];
        private readonly int totalKindWeight = EstablishmentKinds.All.Sum(k => k.Weight);

        public ReferenceCatalogue Run(IReadOnlyList<string> regionCodes, int establishmentCount, int formationCount)
        {
            var departments = Territories.Departments.Where(d => regionCodes.Contains(d.RegionCode)).ToList();
            var perDepartment = Apportion(establishmentCount, departments.Select(d => (long)d.Population).ToList());
            foreach (var regionCode in regionCodes)
            {
                var slots = new List<Department>();
                for (var i = 0; i < departments.Count; i++)
                {
                    if (departments[i].RegionCode == regionCode)
                    {
                        slots.AddRange(Enumerable.Repeat(departments[i], perDepartment[i]));
                    }
                }

                Shuffle(slots);
                FillRegion(slots);
            }

            var formations = DrawFormations(formationCount);
            return new ReferenceCatalogue([.. drafts.Select(d => d.Establishment)], formations);
        }

        private void FillRegion(List<Department> slots)
        {
            while (slots.Count > 0)
            {
                var department = Take(slots, 0);
                var profile = PickProfile();
                if (slots.Count == 0 || random.NextDouble() >= GestionnaireGroupShare)
                {
                    drafts.Add(Create(profile, department, gestionnaire: null, Role.Alone, avoid: []));
                    continue;
                }

                // Sites are mostly in the gestionnaire's département; an academic CFA keeps to its académie.
                var siteDepartments = new List<Department>();
                for (var i = Math.Min(random.Next(1, 5), slots.Count); i > 0; i--)
                {
                    var near = profile.Kind == EstablishmentKind.LyceeProfessionnel
                        ? slots.FindIndex(d => d.AcademyCode == department.AcademyCode)
                        : random.NextDouble() < SiteInSameDepartmentShare ? slots.IndexOf(department) : -1;
                    siteDepartments.Add(Take(slots, Math.Max(near, 0)));
                }

                var role = siteDepartments.TrueForAll(d => d == department) ? Role.LocalGestionnaire : Role.RegionalGestionnaire;
                var gestionnaire = Create(profile, department, gestionnaire: null, role, avoid: []);
                drafts.Add(gestionnaire);
                var used = new List<Commune> { gestionnaire.Commune };
                foreach (var siteDepartment in siteDepartments)
                {
                    var site = Create(profile, siteDepartment, gestionnaire, Role.Site, avoid: used);
                    drafts.Add(site);
                    used.Add(site.Commune);
                }
            }
        }

        private Draft Create(KindProfile profile, Department department, Draft? gestionnaire, Role role, IReadOnlyCollection<Commune> avoid)
        {
            var region = Territories.FindRegion(department.RegionCode)!;
            var academy = Territories.FindAcademy(department.AcademyCode)!;
            var commune = PickCommune(department, avoid);
            var lyceeSectors = profile.Kind == EstablishmentKind.LyceeProfessionnel ? PickLyceeSectors() : null;

            // A gestionnaire's sites are either branches of the same legal entity, named after it, or, for lycées,
            // separate public establishments attached to an academic CFA.
            var isBranch = role == Role.Site
                && profile.Kind != EstablishmentKind.LyceeProfessionnel
                && random.NextDouble() < SiteSharesSirenShare;
            var (street, way) = Street();
            string name;
            string siren;
            if (isBranch)
            {
                name = UniqueName($"{gestionnaire!.Establishment.Name} – site {Territories.WithDe(commune.Name)}", commune, way);
                siren = gestionnaire.Establishment.Siret[..9];
            }
            else
            {
                name = UniqueName(NameOf(profile, role, department, region, academy, commune), commune, way);
                siren = Identifiers.Siren(random, SirenPrefix(profile.LegalForm, department));
            }

            var siret = Unique(sirets, () => Identifiers.Siret(random, siren));
            var uai = Unique(uais, () => Identifiers.Uai(random, department.UaiPrefix));
            var (latitude, longitude) = Jitter(commune);
            var establishment = new ReferenceEstablishment(
                siret,
                uai,
                name,
                new EstablishmentAddress(
                    street,
                    commune.PostalCode,
                    commune.Name,
                    commune.Code,
                    department.Code,
                    department.RegionCode,
                    department.AcademyCode),
                latitude,
                longitude,
                gestionnaire?.Establishment.Siret);

            var sectors = isBranch ? gestionnaire!.Sectors : (IReadOnlySet<Sector>?)lyceeSectors ?? profile.Sectors;
            var pool = Diplomas.All.Where(d => sectors.Contains(d.Sector) && profile.Offers(d)).ToArray();
            return new Draft(establishment, commune, department, sectors, pool);
        }

        private List<ReferenceFormation> DrawFormations(int formationCount)
        {
            var capacity = drafts.Select(d => Math.Min(MaxFormations, d.Pool.Length)).ToArray();
            var counts = capacity.Select(c => Math.Min(MinFormations, c)).ToArray();
            if (capacity.Sum() < formationCount)
            {
                throw new InvalidOperationException($"The establishments can offer at most {capacity.Sum()} formations, fewer than {formationCount}.");
            }

            for (var missing = formationCount - counts.Sum(); missing > 0;)
            {
                var i = random.Next(drafts.Count);
                if (counts[i] < capacity[i])
                {
                    counts[i]++;
                    missing--;
                }
            }

            var formations = new List<ReferenceFormation>(formationCount);
            for (var i = 0; i < drafts.Count; i++)
            {
                var draft = drafts[i];
                var chosen = Enumerable.Range(0, draft.Pool.Length).ToArray();
                for (var j = 0; j < counts[i]; j++)
                {
                    var k = random.Next(j, chosen.Length);
                    (chosen[j], chosen[k]) = (chosen[k], chosen[j]);
                }

                Array.Sort(chosen, 0, counts[i]);
                for (var j = 0; j < counts[i]; j++)
                {
                    formations.Add(Formation(draft, draft.Pool[chosen[j]]));
                }
            }

            return formations;
        }

        private ReferenceFormation Formation(Draft draft, Diploma diploma)
        {
            var site = draft.Establishment;
            var communes = Territories.CommunesOf(draft.Department.Code);
            FormationPlace place;
            if (communes.Count > 1 && random.NextDouble() < FormationAwayFromSiteShare)
            {
                var commune = PickCommune(draft.Department, avoid: [draft.Commune]);
                var (latitude, longitude) = Jitter(commune);
                place = new FormationPlace(commune.Code, commune.PostalCode, commune.Name, draft.Department.Code, draft.Department.RegionCode, latitude, longitude);
            }
            else
            {
                place = new FormationPlace(
                    draft.Commune.Code, draft.Commune.PostalCode, draft.Commune.Name, draft.Department.Code, draft.Department.RegionCode, site.Latitude, site.Longitude);
            }

            return new ReferenceFormation(
                ReferenceFormation.KeyOf(diploma.Cfd, site.Siret, place.CommuneCode),
                diploma.Cfd,
                diploma.RncpCode,
                diploma.CertifInfoId,
                diploma.Type,
                diploma.Level,
                diploma.Title,
                diploma.Sector,
                diploma.DurationMonths,
                place,
                site.Siret,
                site.GestionnaireSiret ?? site.Siret);
        }

        private KindProfile PickProfile()
        {
            var roll = random.Next(totalKindWeight);
            foreach (var profile in EstablishmentKinds.All)
            {
                roll -= profile.Weight;
                if (roll < 0)
                {
                    return profile;
                }
            }

            throw new InvalidOperationException("Unreachable: the weights cover the roll.");
        }

        private HashSet<Sector> PickLyceeSectors()
        {
            var first = Pick(EstablishmentKinds.LyceeSectors);
            Sector second;
            do
            {
                second = Pick(EstablishmentKinds.LyceeSectors);
            }
            while (second == first);

            return [first, second];
        }

        // Towns weigh by the square root of their population, so big cities get more CFAs without taking them all.
        private Commune PickCommune(Department department, IReadOnlyCollection<Commune> avoid)
        {
            var communes = Territories.CommunesOf(department.Code);
            var others = communes.Where(c => !avoid.Contains(c)).ToList();
            var candidates = others.Count > 0 ? others : communes;
            var total = candidates.Sum(c => Math.Sqrt(c.Population));
            var roll = random.NextDouble() * total;
            foreach (var commune in candidates)
            {
                roll -= Math.Sqrt(commune.Population);
                if (roll < 0)
                {
                    return commune;
                }
            }

            return candidates[^1];
        }

        private (decimal Latitude, decimal Longitude) Jitter(Commune commune)
        {
            // Up to about 4 km from the centre of a city, 1.7 km from that of a town; a degree of longitude shrinks with latitude.
            var spread = commune.Population > 100_000 ? 0.035 : 0.015;
            var latitude = (double)commune.Latitude + (((random.NextDouble() * 2) - 1) * spread);
            var longitude = (double)commune.Longitude + (((random.NextDouble() * 2) - 1) * spread / Math.Cos((double)commune.Latitude * Math.PI / 180));
            return (Math.Round((decimal)latitude, 4), Math.Round((decimal)longitude, 4));
        }

        /// <summary>A street address and the name of its street or business park alone.</summary>
        private (string Address, string Way) Street()
        {
            if (random.Next(8) == 0)
            {
                var park = Pick(EstablishmentKinds.BusinessParks);
                return ($"{random.Next(1, 40)} {park}", park);
            }

            var number = random.Next(1, 180);
            var suffix = random.Next(15) == 0 ? " bis" : "";
            var street = Pick(EstablishmentKinds.Streets);
            return ($"{number}{suffix} {street}", street);
        }

        private string Fill(string template, Department department, Region region, Academy academy, Commune commune) =>
            template
                .Replace("{dep}", department.NameWithDe, StringComparison.Ordinal)
                .Replace("{com}", Territories.WithDe(commune.Name), StringComparison.Ordinal)
                .Replace("{ville}", commune.Name, StringComparison.Ordinal)
                .Replace("{reg}", region.NameWithDe, StringComparison.Ordinal)
                .Replace("{region}", region.Name, StringComparison.Ordinal)
                .Replace("{acad}", academy.NameWithDe, StringComparison.Ordinal)
                .Replace("{personne}", Pick(EstablishmentKinds.People), StringComparison.Ordinal)
                .Replace("{sigle}", Pick(EstablishmentKinds.Acronyms), StringComparison.Ordinal);

        // A network spread over several départements takes the regional name, an academic CFA its académie's; the
        // others draw templates until one gives a free name, or keep the last one drawn.
        private string NameOf(KindProfile profile, Role role, Department department, Region region, Academy academy, Commune commune)
        {
            var useRegional = role == Role.RegionalGestionnaire
                || (role == Role.LocalGestionnaire && profile.Kind == EstablishmentKind.LyceeProfessionnel);
            if (useRegional)
            {
                var regional = Fill(profile.RegionalTemplate, department, region, academy, commune);
                if (!names.Contains(NameKey(regional, commune)))
                {
                    return regional;
                }
            }

            var name = "";
            for (var attempt = 0; attempt < 8; attempt++)
            {
                name = Fill(Pick(profile.NameTemplates), department, region, academy, commune);
                if (!names.Contains(NameKey(name, commune)))
                {
                    break;
                }
            }

            return name;
        }

        // Names are unique within a commune, as an apprentice would need to tell two CFAs of the same town apart;
        // a second one is told by its street, then by a number.
        private string UniqueName(string name, Commune commune, string way)
        {
            foreach (var candidate in (string[])[name, $"{name} – {way}"])
            {
                if (names.Add(NameKey(candidate, commune)))
                {
                    return candidate;
                }
            }

            for (var n = 2; ; n++)
            {
                var numbered = $"{name} – antenne {n}";
                if (names.Add(NameKey(numbered, commune)))
                {
                    return numbered;
                }
            }
        }

        private static string NameKey(string name, Commune commune) => $"{commune.Code}|{name}";

        private string SirenPrefix(LegalForm form, Department department) => form switch
        {
            LegalForm.Public => "19" + department.UaiPrefix,
            LegalForm.Chamber => "18",
            LegalForm.Association => random.Next(2) == 0 ? "77" : "78",
            _ => ((char)('3' + random.Next(6))).ToString(),
        };

        private static string Unique(HashSet<string> taken, Func<string> draw)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var value = draw();
                if (taken.Add(value))
                {
                    return value;
                }
            }

            throw new InvalidOperationException("Could not draw a unique identifier in 1,000 attempts.");
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static T Take<T>(List<T> items, int index)
        {
            var item = items[index];
            items.RemoveAt(index);
            return item;
        }

        private void Shuffle<T>(List<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        /// <summary>Splits <paramref name="total"/> in proportion to the weights, largest remainders first.</summary>
        private static int[] Apportion(int total, List<long> weights)
        {
            var sum = weights.Sum();
            var shares = weights.Select(w => (double)total * w / sum).ToArray();
            var counts = shares.Select(s => (int)Math.Floor(s)).ToArray();
            var byRemainder = Enumerable.Range(0, shares.Length).OrderByDescending(i => shares[i] - counts[i]).ThenBy(i => i);
            foreach (var i in byRemainder.Take(total - counts.Sum()))
            {
                counts[i]++;
            }

            return counts;
        }

        private enum Role
        {
            Alone,
            LocalGestionnaire,
            RegionalGestionnaire,
            Site,
        }

        private sealed record Draft(
            ReferenceEstablishment Establishment,
            Commune Commune,
            Department Department,
            IReadOnlySet<Sector> Sectors,
            Diploma[] Pool);
    }
}
