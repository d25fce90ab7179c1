using Sirius.Establishments.Infrastructure.ReferenceData;

namespace Sirius.Establishments.Tests.ReferenceData;

public sealed class CatalogueFileTests
{
    [Theory]
    [MemberData(nameof(Samples.Both), MemberType = typeof(Samples))]
    public void Writing_then_reading_gives_back_the_same_catalogue(CatalogueSize size)
    {
        var catalogue = Samples.Of(size);

        var lines = Samples.Read(Samples.ToCsv(catalogue));

        lines.OfType<CatalogueRejection>().ShouldBeEmpty();
        var read = CatalogueFile.Assemble(lines.Cast<CatalogueRow>());
        read.Formations.ShouldEqualSequence(catalogue.Formations);
        read.Establishments.ShouldEqualSequence(catalogue.Establishments);
    }

    [Fact]
    public void The_file_has_a_header_then_one_line_per_formation_numbered_from_2()
    {
        var csv = Samples.ToCsv(Samples.Pilot);

        var physicalLines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        physicalLines.Length.ShouldBe(Samples.Pilot.Formations.Count + 1);
        physicalLines[0].ShouldBe(string.Join(';', CatalogueFile.Columns));
        CatalogueFile.Columns.Count.ShouldBe(40);
        Samples.Read(csv).Select(l => l.LineNumber).ShouldBe(Enumerable.Range(2, Samples.Pilot.Formations.Count));
    }

    [Fact]
    public void Fields_holding_semicolons_quotes_and_line_breaks_are_quoted_and_read_back()
    {
        var formation = Samples.Pilot.Formations[0];
        var formateur = Samples.Pilot.Establishments.Single(e => e.Siret == formation.FormateurSiret);
        var odd = formateur with
        {
            Name = "CFA \"Les Compagnons\"; site de Lyon",
            Address = formateur.Address with { Street = "12 rue de la Paix\nbâtiment B" },
        };
        var catalogue = new ReferenceCatalogue([odd], [formation with { Title = "CAP Cuisine; option \"traiteur\"", GestionnaireSiret = odd.Siret }]);

        var csv = Samples.ToCsv(catalogue);

        csv.ShouldContain("\"CFA \"\"Les Compagnons\"\"; site de Lyon\"");
        var row = Samples.Read(csv).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRow>();
        row.LineNumber.ShouldBe(2);
        row.Formateur.Name.ShouldBe(odd.Name);
        row.Formateur.Address.Street.ShouldBe("12 rue de la Paix\nbâtiment B");
        row.Formation.Title.ShouldBe("CAP Cuisine; option \"traiteur\"");
    }

    [Fact]
    public void A_line_after_a_multi_line_field_keeps_its_physical_line_number()
    {
        var lines = SampleLines(3);
        lines[2] = WithField(lines[2], CatalogueFile.Col.Formateur + CatalogueFile.Col.Street, "1 rue A\nescalier 2\nporte 3");

        var read = Samples.Read(string.Join('\n', lines));

        read.Select(l => l.LineNumber).ShouldBe([2, 3, 6]);
        read.ShouldAllBe(l => l is CatalogueRow);
    }

    [Fact]
    public void A_siret_with_a_wrong_check_digit_is_rejected_with_its_line_number()
    {
        var lines = SampleLines(3);
        var siret = Field(lines[2], "formateur_siret");
        lines[2] = WithField(lines[2], "formateur_siret", siret[..13] + (char)('0' + ((siret[13] - '0' + 1) % 10)));

        var read = Samples.Read(string.Join('\n', lines));

        read.Count.ShouldBe(3);
        var rejection = read[1].ShouldBeOfType<CatalogueRejection>();
        rejection.LineNumber.ShouldBe(3);
        rejection.Reason.ShouldStartWith("SIRET invalide : clé de contrôle incorrecte (colonne formateur_siret");
        read[0].ShouldBeOfType<CatalogueRow>();
        read[2].ShouldBeOfType<CatalogueRow>().LineNumber.ShouldBe(4);
    }

    [Theory]
    [InlineData("formateur_siret", "1234", "SIRET invalide : 14 chiffres attendus (colonne formateur_siret, valeur « 1234 »)")]
    [InlineData("gestionnaire_siret", "", "SIRET du gestionnaire manquant (colonne gestionnaire_siret)")]
    [InlineData("formateur_uai", "0691234", "UAI invalide : 7 chiffres et une lettre attendus (colonne formateur_uai, valeur « 0691234 »)")]
    [InlineData("cfd", "", "Code CFD manquant (colonne cfd)")]
    [InlineData("cfd", "5002213", "Code CFD invalide : 8 lettres ou chiffres attendus (colonne cfd, valeur « 5002213 »)")]
    [InlineData("niveau", "9", "Niveau inconnu : 9 (colonne niveau)")]
    [InlineData("niveau", "", "Niveau manquant (colonne niveau)")]
    [InlineData("type_diplome", "Brevet des collèges", "Type de diplôme inconnu : Brevet des collèges (colonne type_diplome)")]
    [InlineData("secteur", "Spatial", "Secteur inconnu : Spatial (colonne secteur)")]
    [InlineData("duree_mois", "deux ans", "Durée invalide : nombre de mois entre 1 et 60 attendu (colonne duree_mois, valeur « deux ans »)")]
    [InlineData("code_rncp", "RN123", "Code RNCP invalide (colonne code_rncp, valeur « RN123 »)")]
    [InlineData("intitule", " ", "Intitulé manquant (colonne intitule)")]
    [InlineData("lieu_code_postal", "6900", "Code postal invalide : 5 chiffres attendus (colonne lieu_code_postal, valeur « 6900 »)")]
    [InlineData("lieu_latitude", "91.5", "Coordonnée invalide : nombre décimal entre -90 et 90 attendu (colonne lieu_latitude, valeur « 91.5 »)")]
    [InlineData("formateur_departement", "99", "Département inconnu : 99 (colonne formateur_departement)")]
    public void A_bad_value_is_rejected_with_a_french_reason(string column, string value, string reason)
    {
        var lines = SampleLines(3);
        lines[2] = WithField(lines[2], column, value);

        var read = Samples.Read(string.Join('\n', lines));

        read.Count.ShouldBe(3);
        var rejection = read[1].ShouldBeOfType<CatalogueRejection>();
        rejection.LineNumber.ShouldBe(3);
        rejection.Reasons.ShouldContain(reason);
        read[0].ShouldBeOfType<CatalogueRow>();
        read[2].ShouldBeOfType<CatalogueRow>();
    }

    [Fact]
    public void A_name_longer_than_its_column_rejects_the_line_without_quoting_it()
    {
        var lines = SampleLines(3);
        lines[2] = WithField(lines[2], "formateur_nom", new string('A', 70_000));

        var rejection = Samples.Read(string.Join('\n', lines))[1].ShouldBeOfType<CatalogueRejection>();

        rejection.Reasons.ShouldContain("Valeur trop longue : 70000 caractères, 250 au plus (colonne formateur_nom)");
        rejection.Reason.Length.ShouldBeLessThan(500);
    }

    [Fact]
    public void Control_and_direction_characters_are_removed_from_imported_names()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(lines[1], "formateur_nom", "CFA\u001b[31m du \u202eBâtiment\u200B");

        var row = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRow>();

        row.Formateur.Name.ShouldBe("CFA[31m du Bâtiment");
    }

    [Fact]
    public void Empty_coordinates_are_those_of_the_commune_in_the_reference_data()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(WithField(WithField(WithField(lines[1], "lieu_code_commune_insee", "69123"), "lieu_departement", "69"), "lieu_latitude", ""), "lieu_longitude", "");
        lines[1] = WithField(WithField(WithField(lines[1], "lieu_region", "84"), "lieu_code_postal", "69001"), "lieu_commune", "Lyon");

        var row = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRow>();

        row.Formation.Place.Latitude.ShouldBe(45.7640m);
        row.Formation.Place.Longitude.ShouldBe(4.8357m);
    }

    [Fact]
    public void Empty_coordinates_of_a_commune_unknown_to_the_reference_data_are_rejected()
    {
        var lines = SampleLines(1);
        var department = Field(lines[1], "formateur_departement");
        var unknown = department.Length == 3 ? department + "98" : department + "998";
        lines[1] = WithField(WithField(WithField(lines[1], "formateur_code_commune_insee", unknown), "formateur_latitude", ""), "formateur_longitude", "");

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.Reasons.ShouldContain($"Coordonnées manquantes et commune {unknown} absente du référentiel (colonnes formateur_latitude, formateur_longitude)");
    }

    [Fact]
    public void A_uai_with_a_wrong_check_letter_is_rejected()
    {
        var lines = SampleLines(1);
        var uai = Field(lines[1], "gestionnaire_uai");
        var wrongLetter = uai[7] == 'A' ? 'B' : 'A';
        lines[1] = WithField(lines[1], "gestionnaire_uai", uai[..7] + wrongLetter);

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.Reason.ShouldBe($"UAI invalide : lettre de contrôle incorrecte (colonne gestionnaire_uai, valeur « {uai[..7] + wrongLetter} »)");
    }

    [Fact]
    public void A_level_that_does_not_fit_the_diploma_type_is_rejected()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(WithField(lines[1], "type_diplome", "CAP"), "niveau", "5");

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.Reason.ShouldBe("Niveau 5 incohérent avec le type de diplôme CAP (colonne niveau)");
    }

    [Fact]
    public void Codes_that_contradict_the_departement_are_rejected()
    {
        var lines = SampleLines(1);
        var department = Field(lines[1], "formateur_departement");
        var otherDepartment = department == "13" ? "69" : "13";
        lines[1] = WithField(lines[1], "formateur_departement", otherDepartment);
        lines[1] = WithField(lines[1], "lieu_region", "11");

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.Reasons.ShouldContain(r => r.StartsWith($"Code commune hors du département {otherDepartment} (colonne formateur_code_commune_insee", StringComparison.Ordinal));
        rejection.Reasons.ShouldContain(r => r.StartsWith("Région incohérente avec le département", StringComparison.Ordinal) && r.Contains("lieu_region", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_of_a_line_is_reported_at_once()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(WithField(WithField(lines[1], "cfd", ""), "niveau", "9"), "formateur_uai", "X");

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.Reasons.Count.ShouldBe(3);
        rejection.Reason.ShouldContain("Code CFD manquant");
        rejection.Reason.ShouldContain("Niveau inconnu : 9");
        rejection.Reason.ShouldContain("UAI invalide");
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_is_rejected()
    {
        var lines = SampleLines(3);
        lines[1] = lines[1][..lines[1].LastIndexOf(';')];
        lines[3] += ";en trop";

        var read = Samples.Read(string.Join('\n', lines));

        read[0].ShouldBeOfType<CatalogueRejection>().Reason.ShouldBe("Nombre de colonnes incorrect : 40 attendues, 39 trouvées");
        read[0].LineNumber.ShouldBe(2);
        read[1].ShouldBeOfType<CatalogueRow>();
        read[2].ShouldBeOfType<CatalogueRejection>().Reason.ShouldBe("Nombre de colonnes incorrect : 40 attendues, 41 trouvées");
        read[2].LineNumber.ShouldBe(4);
    }

    [Fact]
    public void A_quote_never_closed_rejects_its_line_only()
    {
        var lines = SampleLines(3);
        lines[1] = WithField(lines[1], "intitule", "x").Replace(";x;", ";\"CAP Cuisine;", StringComparison.Ordinal);

        var read = Samples.Read(string.Join('\n', lines));

        read.Select(l => l.LineNumber).ShouldBe([2, 3, 4]);
        read[0].ShouldBeOfType<CatalogueRejection>().Reason.ShouldStartWith("Guillemet non fermé");
        read[1].ShouldBeOfType<CatalogueRow>();
        read[2].ShouldBeOfType<CatalogueRow>();
    }

    [Fact]
    public void A_quote_left_open_over_more_than_twenty_lines_rejects_its_line_and_the_lines_after_are_read_again()
    {
        var lines = SampleLines(25);
        lines[1] = WithField(lines[1], "intitule", "x").Replace(";x;", ";\"CAP Cuisine;", StringComparison.Ordinal);
        lines[23] = WithField(lines[23], "intitule", "zz").Replace(";zz;", ";\"zz;", StringComparison.Ordinal);

        var read = Samples.Read(string.Join('\n', lines));

        read.Select(l => l.LineNumber).ShouldBe(Enumerable.Range(2, 25));
        read.OfType<CatalogueRejection>().Select(r => r.LineNumber).ShouldBe([2, 24]);
        read.OfType<CatalogueRejection>().ShouldAllBe(r => r.Reason.StartsWith("Guillemet non fermé", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_with_a_byte_order_mark_and_crlf_line_ends_is_read()
    {
        var lines = SampleLines(2);

        var read = Samples.Read("\uFEFF" + string.Join("\r\n", lines) + "\r\n");

        read.Select(l => l.LineNumber).ShouldBe([2, 3]);
        read.ShouldAllBe(l => l is CatalogueRow);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var lines = SampleLines(2);

        var read = Samples.Read(lines[0] + "\n\n" + lines[1] + "\n   \n" + lines[2] + "\n\n");

        read.Select(l => l.LineNumber).ShouldBe([3, 5]);
        read.ShouldAllBe(l => l is CatalogueRow);
    }

    [Fact]
    public void A_header_missing_columns_gives_one_rejection_and_stops()
    {
        var lines = SampleLines(2);
        lines[0] = lines[0].Replace("cfd;", "code_diplome;", StringComparison.Ordinal);

        var rejection = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRejection>();

        rejection.LineNumber.ShouldBe(1);
        rejection.Reason.ShouldBe("En-tête incorrect : colonnes manquantes : cfd");
    }

    [Fact]
    public void Columns_are_found_by_name_whatever_their_order_and_a_byte_order_mark_is_ignored()
    {
        var lines = SampleLines(2);
        var reordered = lines.Select(l => string.Join(';', l.Split(';').Reverse())).ToList();
        reordered[0] = "\uFEFF" + reordered[0];

        var rows = Samples.Read(string.Join("\r\n", reordered)).Cast<CatalogueRow>().ToList();

        rows.Select(r => r.Formation).ShouldBe(Samples.Pilot.Formations.Take(2));
    }

    [Fact]
    public void Decimal_commas_are_accepted_in_coordinates()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(lines[1], "formateur_latitude", "45,7640");

        var row = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRow>();

        row.Formateur.Latitude.ShouldBe(45.764m);
    }

    [Fact]
    public void An_empty_uai_is_accepted_as_unknown()
    {
        var lines = SampleLines(1);
        lines[1] = WithField(lines[1], "formateur_uai", "");

        var row = Samples.Read(string.Join('\n', lines)).ShouldHaveSingleItem().ShouldBeOfType<CatalogueRow>();

        row.Formateur.Uai.ShouldBeNull();
    }

    /// <summary>The header and the first <paramref name="count"/> formation lines of the pilot file.</summary>
    private static List<string> SampleLines(int count) =>
        [.. Samples.ToCsv(Samples.Pilot).Split('\n').Take(count + 1)];

    private static string Field(string line, string column) => Parse(line)[CatalogueFile.Columns.ToList().IndexOf(column)];

    private static string WithField(string line, string column, string value)
    {
        var fields = Parse(line);
        fields[CatalogueFile.Columns.ToList().IndexOf(column)] = value;
        using var writer = new StringWriter();
        SemicolonCsv.WriteRecords(writer, [fields]);
        return writer.ToString().TrimEnd('\n');
    }

    private static string[] Parse(string line)
    {
        using var reader = new StringReader(line);
        return SemicolonCsv.ReadRecords(reader).Single().Fields!;
    }
}
