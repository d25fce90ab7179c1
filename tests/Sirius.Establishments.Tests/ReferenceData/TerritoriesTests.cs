using Sirius.Establishments.Infrastructure.ReferenceData;

namespace Sirius.Establishments.Tests.ReferenceData;

public sealed class TerritoriesTests
{
    [Fact]
    public void France_has_18_regions_and_101_departements()
    {
        Territories.Regions.Count.ShouldBe(18);
        Territories.Departments.Count.ShouldBe(101);
        Territories.Departments.Select(d => d.Code).ShouldHaveNoDuplicates();
        Territories.Departments.Select(d => d.Code).ShouldContain("2A");
        Territories.Departments.Select(d => d.Code).ShouldContain("976");
    }

    [Fact]
    public void Every_departement_belongs_to_a_known_region_and_academie()
    {
        foreach (var department in Territories.Departments)
        {
            Territories.FindRegion(department.RegionCode).ShouldNotBeNull(department.Code);
            Territories.FindAcademy(department.AcademyCode).ShouldNotBeNull(department.Code);
        }

        Territories.Academies.ShouldAllBe(a => Territories.Departments.Any(d => d.AcademyCode == a.Code));
        Territories.Regions.ShouldAllBe(r => Territories.Departments.Any(d => d.RegionCode == r.Code));
    }

    [Theory]
    [InlineData("69", "84", "10", "069")]
    [InlineData("13", "93", "02", "013")]
    [InlineData("38", "84", "08", "038")]
    [InlineData("63", "84", "06", "063")]
    [InlineData("06", "93", "23", "006")]
    [InlineData("75", "11", "01", "075")]
    [InlineData("2A", "94", "27", "620")]
    [InlineData("2B", "94", "27", "720")]
    [InlineData("974", "04", "28", "974")]
    public void Departements_carry_their_real_region_academie_and_uai_prefix(string code, string region, string academy, string uaiPrefix)
    {
        var department = Territories.FindDepartment(code).ShouldNotBeNull();

        department.RegionCode.ShouldBe(region);
        department.AcademyCode.ShouldBe(academy);
        department.UaiPrefix.ShouldBe(uaiPrefix);
    }

    [Fact]
    public void The_pilot_regions_have_at_least_150_communes_spread_over_all_their_departements()
    {
        var pilotDepartments = Territories.Departments.Where(d => Territories.PilotRegionCodes.Contains(d.RegionCode)).ToList();

        pilotDepartments.Count.ShouldBe(18);
        pilotDepartments.Sum(d => Territories.CommunesOf(d.Code).Count).ShouldBeGreaterThanOrEqualTo(150);
        pilotDepartments.ShouldAllBe(d => Territories.CommunesOf(d.Code).Count >= 4);
    }

    [Fact]
    public void Every_departement_has_its_prefecture_among_its_communes()
    {
        foreach (var department in Territories.Departments)
        {
            var prefecture = Territories.FindCommune(department.PrefectureCode).ShouldNotBeNull(department.Code);
            prefecture.DepartmentCode.ShouldBe(department.Code);
        }
    }

    [Fact]
    public void Commune_codes_are_unique_and_postal_codes_match_their_departement()
    {
        Territories.Communes.Select(c => c.Code).ShouldHaveNoDuplicates();
        foreach (var commune in Territories.Communes)
        {
            var expectedPrefix = commune.DepartmentCode switch
            {
                "2A" or "2B" => "20",
                var code => code,
            };
            commune.PostalCode.ShouldStartWith(expectedPrefix, customMessage: commune.Name);
            commune.PostalCode.Length.ShouldBe(5);
            Territories.FindDepartment(commune.DepartmentCode).ShouldNotBeNull(commune.Name);
        }
    }

    [Fact]
    public void Every_commune_lies_near_its_prefecture()
    {
        // Catches a mistyped coordinate; 210 km covers the widest département, Guyane.
        foreach (var commune in Territories.Communes)
        {
            var prefecture = Territories.FindCommune(Territories.FindDepartment(commune.DepartmentCode)!.PrefectureCode)!;
            Samples.Kilometres(commune.Latitude, commune.Longitude, prefecture.Latitude, prefecture.Longitude)
                .ShouldBeLessThan(210, commune.Name);
        }
    }

    [Theory]
    [InlineData("Lyon", "de Lyon")]
    [InlineData("Annecy", "d'Annecy")]
    [InlineData("Échirolles", "d'Échirolles")]
    [InlineData("Le Puy-en-Velay", "du Puy-en-Velay")]
    [InlineData("Les Pennes-Mirabeau", "des Pennes-Mirabeau")]
    [InlineData("La Ciotat", "de La Ciotat")]
    [InlineData("L'Isle-d'Abeau", "de L'Isle-d'Abeau")]
    public void Commune_names_take_the_right_french_preposition(string name, string expected) =>
        Territories.WithDe(name).ShouldBe(expected);
}
