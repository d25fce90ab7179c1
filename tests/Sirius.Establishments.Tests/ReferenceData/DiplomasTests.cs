using Sirius.Establishments.Infrastructure.ReferenceData;

namespace Sirius.Establishments.Tests.ReferenceData;

public sealed class DiplomasTests
{
    [Fact]
    public void The_catalogue_has_at_least_120_diplomas_from_level_3_to_7()
    {
        Diplomas.All.Count.ShouldBeGreaterThanOrEqualTo(120);
        Diplomas.All.Select(d => d.Level).Distinct().Order().ShouldBe([3, 4, 5, 6, 7]);
        Enum.GetValues<DiplomaType>().ShouldAllBe(t => Diplomas.All.Any(d => d.Type == t));
        Enum.GetValues<Sector>().ShouldAllBe(s => Diplomas.All.Any(d => d.Sector == s));
    }

    [Fact]
    public void Titles_and_identifiers_are_unique()
    {
        Diplomas.All.Select(d => d.Title).ShouldHaveNoDuplicates();
        Diplomas.All.Select(d => d.Cfd).ShouldHaveNoDuplicates();
        Diplomas.All.Select(d => d.RncpCode).ShouldHaveNoDuplicates();
        Diplomas.All.Select(d => d.CertifInfoId).ShouldHaveNoDuplicates();
    }

    [Fact]
    public void Identifiers_have_the_shape_of_the_national_repositories()
    {
        foreach (var diploma in Diplomas.All)
        {
            diploma.Cfd.Length.ShouldBe(8, diploma.Title);
            diploma.Cfd.ShouldAllBe(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
            diploma.RncpCode.ShouldMatch("^RNCP[0-9]{5}$");
            diploma.CertifInfoId.ShouldMatch("^[0-9]{6}$");
            diploma.DurationMonths.ShouldBeInRange(6, 36);
        }
    }

    [Theory]
    [InlineData("CAP Cuisine", "500", 3)]
    [InlineData("Bac pro Maintenance des véhicules option A voitures particulières", "400", 4)]
    [InlineData("BP Coiffure", "450", 4)]
    [InlineData("BTS Management commercial opérationnel", "320", 5)]
    [InlineData("Titre professionnel Développeur web et web mobile", "36T", 5)]
    public void The_cfd_starts_with_the_diploma_family(string title, string family, int level)
    {
        var diploma = Diplomas.All.Single(d => d.Title == title);

        diploma.Cfd.ShouldStartWith(family);
        diploma.Level.ShouldBe(level);
    }

    [Fact]
    public void Every_level_is_one_its_diploma_type_allows()
    {
        Diplomas.All.ShouldAllBe(d => Diplomas.LevelsOf(d.Type).Contains(d.Level));
    }

    [Fact]
    public void Labels_round_trip()
    {
        foreach (var type in Enum.GetValues<DiplomaType>())
        {
            Labels.TryParse(Labels.Of(type), out DiplomaType parsed).ShouldBeTrue();
            parsed.ShouldBe(type);
        }

        foreach (var sector in Enum.GetValues<Sector>())
        {
            Labels.TryParse(Labels.Of(sector), out Sector parsed).ShouldBeTrue();
            parsed.ShouldBe(sector);
        }
    }
}
