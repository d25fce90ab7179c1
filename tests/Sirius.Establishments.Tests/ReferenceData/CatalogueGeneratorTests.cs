using Sirius.Establishments.Domain;
using Sirius.Establishments.Infrastructure.ReferenceData;

namespace Sirius.Establishments.Tests.ReferenceData;

public sealed class CatalogueGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_catalogue()
    {
        var again = CatalogueGenerator.Generate(CatalogueSize.Pilot, Samples.Seed);

        again.Establishments.ShouldEqualSequence(Samples.Pilot.Establishments);
        again.Formations.ShouldEqualSequence(Samples.Pilot.Formations);
    }

    [Fact]
    public void The_same_seed_gives_a_byte_identical_national_file()
    {
        var again = CatalogueGenerator.Generate(CatalogueSize.National, Samples.Seed);

        var bytes = Samples.ToUtf8(again);

        bytes.Length.ShouldBeGreaterThan(1_000_000);
        bytes.AsSpan().SequenceEqual(Samples.ToUtf8(Samples.National)).ShouldBeTrue();
    }

    [Fact]
    public void Another_seed_gives_another_catalogue()
    {
        var other = CatalogueGenerator.Generate(CatalogueSize.Pilot, Samples.Seed + 1);

        other.Establishments.Select(e => e.Siret).ShouldNotBe(Samples.Pilot.Establishments.Select(e => e.Siret));
    }

    [Fact]
    public void Pilot_sample_has_at_least_300_establishments_in_the_two_pilot_regions()
    {
        var pilot = Samples.Pilot;

        pilot.Establishments.Count.ShouldBe(400);
        pilot.Establishments.Select(e => e.Address.RegionCode).Distinct().Order().ShouldBe(["84", "93"]);
        pilot.Establishments.Select(e => e.Address.DepartmentCode).Distinct().Count().ShouldBe(18);
    }

    [Fact]
    public void Pilot_sample_has_at_least_1500_formations()
    {
        Samples.Pilot.Formations.Count.ShouldBe(2_000);
    }

    [Fact]
    public void National_sample_has_4000_establishments_and_20000_formations_across_all_regions()
    {
        var national = Samples.National;

        national.Establishments.Count.ShouldBe(4_000);
        national.Formations.Count.ShouldBe(20_000);
        national.Establishments.Select(e => e.Address.RegionCode).Distinct().Count().ShouldBe(18);
        national.Establishments.Select(e => e.Address.DepartmentCode).Distinct().Count().ShouldBe(101);
    }

    [Fact]
    public void National_sample_spreads_establishments_in_proportion_to_population()
    {
        var byRegion = Samples.National.Establishments.GroupBy(e => e.Address.RegionCode).ToDictionary(g => g.Key, g => g.Count());

        byRegion["11"].ShouldBeGreaterThan(byRegion["84"]);
        byRegion["84"].ShouldBeGreaterThan(byRegion["53"]);
        byRegion["53"].ShouldBeGreaterThan(byRegion["94"]);
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Every_siret_is_luhn_valid_and_unique(CatalogueSize size)
    {
        var establishments = Samples.Of(size).Establishments;

        establishments.Select(e => e.Siret).ShouldHaveNoDuplicates();
        foreach (var establishment in establishments)
        {
            Siret.IsValid(establishment.Siret).ShouldBeTrue(establishment.Siret);
            Identifiers.IsLuhnValid(establishment.Siret[..9]).ShouldBeTrue($"SIREN of {establishment.Siret}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Every_uai_is_valid_unique_and_starts_with_its_departement_prefix(CatalogueSize size)
    {
        var establishments = Samples.Of(size).Establishments;

        establishments.Select(e => e.Uai).ShouldHaveNoDuplicates();
        foreach (var establishment in establishments)
        {
            Uai.IsValid(establishment.Uai).ShouldBeTrue(establishment.Uai);
            establishment.Uai!.ShouldStartWith(Territories.FindDepartment(establishment.Address.DepartmentCode)!.UaiPrefix);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Addresses_use_a_commune_of_the_declared_departement_region_and_academie(CatalogueSize size)
    {
        foreach (var establishment in Samples.Of(size).Establishments)
        {
            var address = establishment.Address;
            var commune = Territories.FindCommune(address.CommuneCode).ShouldNotBeNull(establishment.Name);
            var department = Territories.FindDepartment(address.DepartmentCode).ShouldNotBeNull();

            commune.DepartmentCode.ShouldBe(address.DepartmentCode);
            commune.Name.ShouldBe(address.Commune);
            commune.PostalCode.ShouldBe(address.PostalCode);
            department.RegionCode.ShouldBe(address.RegionCode);
            department.AcademyCode.ShouldBe(address.AcademyCode);
            address.Street.ShouldNotBeNullOrWhiteSpace();
            Samples.Kilometres(establishment.Latitude, establishment.Longitude, commune.Latitude, commune.Longitude).ShouldBeLessThan(6);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Establishment_names_are_french_and_unique_within_a_commune(CatalogueSize size)
    {
        var establishments = Samples.Of(size).Establishments;
        var names = establishments.Select(e => e.Name).ToList();

        establishments.Select(e => (e.Address.CommuneCode, e.Name)).ShouldHaveNoDuplicates();
        names.ShouldContain(n => n.StartsWith("CFA du BTP ", StringComparison.Ordinal));
        names.ShouldContain(n => n.StartsWith("CFA de la Chambre de métiers et de l'artisanat ", StringComparison.Ordinal));
        names.ShouldContain(n => n.StartsWith("Lycée professionnel ", StringComparison.Ordinal) && n.EndsWith(" – UFA", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void About_15_percent_of_establishments_are_gestionnaires_managing_1_to_4_formateurs(CatalogueSize size)
    {
        var establishments = Samples.Of(size).Establishments;
        var managed = establishments.Where(e => e.GestionnaireSiret is not null).GroupBy(e => e.GestionnaireSiret!).ToList();

        var share = (double)managed.Count / establishments.Count;
        share.ShouldBeInRange(0.10, 0.20);
        managed.ShouldAllBe(g => g.Count() >= 1 && g.Count() <= 4);
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Gestionnaire_links_point_to_existing_establishments_in_the_same_region(CatalogueSize size)
    {
        var establishments = Samples.Of(size).Establishments;
        var bySiret = establishments.ToDictionary(e => e.Siret);

        foreach (var formateur in establishments.Where(e => e.GestionnaireSiret is not null))
        {
            var gestionnaire = bySiret.GetValueOrDefault(formateur.GestionnaireSiret!).ShouldNotBeNull(formateur.Name);
            gestionnaire.Address.RegionCode.ShouldBe(formateur.Address.RegionCode);
            gestionnaire.GestionnaireSiret.ShouldBeNull();
            gestionnaire.Siret.ShouldNotBe(formateur.Siret);
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Every_establishment_offers_2_to_10_distinct_formations(CatalogueSize size)
    {
        var catalogue = Samples.Of(size);
        var byFormateur = catalogue.Formations.ToLookup(f => f.FormateurSiret);

        foreach (var establishment in catalogue.Establishments)
        {
            var formations = byFormateur[establishment.Siret].ToList();
            formations.Count.ShouldBeInRange(2, 10, establishment.Name);
            formations.Select(f => f.Cfd).ShouldHaveNoDuplicates();
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Formations_name_their_formateur_and_its_gestionnaire(CatalogueSize size)
    {
        var catalogue = Samples.Of(size);
        var bySiret = catalogue.Establishments.ToDictionary(e => e.Siret);

        catalogue.Formations.Select(f => f.Key).ShouldHaveNoDuplicates();
        foreach (var formation in catalogue.Formations)
        {
            var formateur = bySiret[formation.FormateurSiret];
            formation.GestionnaireSiret.ShouldBe(formateur.GestionnaireSiret ?? formateur.Siret);
            formation.Key.ShouldBe(ReferenceFormation.KeyOf(formation.Cfd, formation.FormateurSiret, formation.Place.CommuneCode));
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Formations_are_diplomas_of_the_catalogue_given_in_the_formateur_departement(CatalogueSize size)
    {
        var catalogue = Samples.Of(size);
        var bySiret = catalogue.Establishments.ToDictionary(e => e.Siret);
        var diplomas = Diplomas.All.ToDictionary(d => d.Cfd);

        foreach (var formation in catalogue.Formations)
        {
            var diploma = diplomas[formation.Cfd];
            (formation.Title, formation.Level, formation.DiplomaType, formation.RncpCode).ShouldBe((diploma.Title, diploma.Level, diploma.Type, diploma.RncpCode));

            var formateur = bySiret[formation.FormateurSiret];
            var place = Territories.FindCommune(formation.Place.CommuneCode).ShouldNotBeNull();
            place.DepartmentCode.ShouldBe(formateur.Address.DepartmentCode);
            formation.Place.DepartmentCode.ShouldBe(formateur.Address.DepartmentCode);
            formation.Place.RegionCode.ShouldBe(formateur.Address.RegionCode);
        }

        var atTheSite = catalogue.Formations.Count(f => f.Place.CommuneCode == bySiret[f.FormateurSiret].Address.CommuneCode);
        ((double)atTheSite / catalogue.Formations.Count).ShouldBeGreaterThan(0.75);
    }

    [Fact]
    public void Establishments_offer_diplomas_fitted_to_their_kind()
    {
        var catalogue = Samples.National;
        var byFormateur = catalogue.Formations.ToLookup(f => f.FormateurSiret);

        foreach (var btp in catalogue.Establishments.Where(e => e.Name.StartsWith("CFA du BTP ", StringComparison.Ordinal)))
        {
            byFormateur[btp.Siret].ShouldAllBe(f => f.Sector == Sector.Btp);
        }

        foreach (var agricole in catalogue.Establishments.Where(e => e.Name.StartsWith("CFA agricole ", StringComparison.Ordinal)))
        {
            byFormateur[agricole.Siret].ShouldAllBe(f => f.Sector == Sector.Agriculture);
        }
    }
}
