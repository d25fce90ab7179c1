using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class DefinitionParsingTests
{
    private const string Emoji = """{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?" }""";

    [Fact]
    public void A_valid_definition_is_read_with_all_its_properties()
    {
        var definition = QuestionnaireDefinition.Parse(Definitions.Sample).Value;

        definition.Categories.Select(c => c.Key).ShouldBe(["choix", "notes"]);
        var single = definition.FindQuestion("choix.unique")!;
        single.Kind.ShouldBe(QuestionKind.SingleChoice);
        single.Required.ShouldBeTrue();
        single.Options.ShouldBe([new("premiere", "1re année"), new("deuxieme", "2e année"), new("autre", "Autre")]);
        single.FollowUp.ShouldBe(new FollowUp("autre", "Autre : précise", FollowUpKind.ShortText, 20));
        definition.FindQuestion("choix.multiple")!.MaxSelections.ShouldBe(2);
        definition.FindQuestion("choix.multiple")!.FollowUp!.MaxLength.ShouldBe(QuestionnaireLimits.ShortTextDefaultMaxLength);
        definition.FindQuestion("notes.aspects")!.Items.Select(i => i.Key).ShouldBe(["cours", "formateurs"]);
        definition.FindQuestion("notes.entreprises")!.ShouldSatisfyAllConditions(q => q.Min.ShouldBe(0), q => q.Max.ShouldBe(50));
        definition.FindQuestion("notes.conseil")!.PeerQuestion.ShouldBeTrue();
        definition.FindQuestion("notes.facultative")!.Required.ShouldBeFalse();
    }

    [Fact]
    public void Writing_then_reading_gives_an_equal_definition()
    {
        var definition = Definitions.SampleDefinition;

        var json = definition.ToJson();

        QuestionnaireDefinition.Parse(json).Value.ShouldBe(definition);
        QuestionnaireDefinition.Parse(json).Value.ToJson().ShouldBe(json);
    }

    [Fact]
    public void Written_json_is_camel_case_and_keeps_accents_and_emoji_readable()
    {
        var json = Definitions.SampleDefinition.ToJson();

        json.ShouldContain("\"kind\": \"singleChoice\"");
        json.ShouldContain("\"maxSelections\": 2");
        json.ShouldContain("\"emoji\": \"😀\"");
        json.ShouldContain("1re année");
        json.ShouldContain("L’internat");
        json.ShouldNotContain("\\u");
        json.ShouldContain("""{ "key": "cours", "label": "Les cours" }""");
    }

    [Fact]
    public void Quotes_backslashes_and_line_breaks_in_labels_survive_a_round_trip()
    {
        var json = Definitions.WithQuestions("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton \"accueil\" \\ ici ?", "help": "Ligne 1\nLigne 2" }""");
        var definition = QuestionnaireDefinition.Parse(json).Value;

        var again = QuestionnaireDefinition.Parse(definition.ToJson()).Value;

        again.ShouldBe(definition);
        again.FindQuestion("cfa.accueil")!.Label.ShouldBe("Ton \"accueil\" \\ ici ?");
        again.FindQuestion("cfa.accueil")!.Help.ShouldBe("Ligne 1\nLigne 2");
    }

    [Fact]
    public void Comments_and_trailing_commas_are_tolerated()
    {
        var json = """
            {
              // Version de test
              "categories": [
                { "key": "cfa", "title": "Le CFA", "emoji": "🏫", "questions": [ { "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?", }, ], },
              ],
            }
            """;

        QuestionnaireDefinition.Parse(json).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Labels_are_trimmed()
    {
        var json = Definitions.WithQuestions("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "  Ton accueil ?  " }""");

        QuestionnaireDefinition.Parse(json).Value.FindQuestion("cfa.accueil")!.Label.ShouldBe("Ton accueil ?");
    }

    [Fact]
    public void A_key_used_twice_is_refused_with_its_place()
    {
        var json = """
            {
              "categories": [
                { "key": "cfa", "title": "Le CFA", "emoji": "🏫", "questions": [ { "key": "cfa.ambiance", "kind": "emojiScale", "label": "L’ambiance ?" } ] },
                {
                  "key": "entreprise", "title": "L’entreprise", "emoji": "🏭",
                  "questions": [
                    { "key": "entreprise.accueil", "kind": "emojiScale", "label": "Ton accueil ?" },
                    { "key": "entreprise.tuteur", "kind": "emojiScale", "label": "Ton tuteur ?" },
                    { "key": "cfa.ambiance", "kind": "emojiScale", "label": "L’ambiance ?" }
                  ]
                }
              ]
            }
            """;

        var error = QuestionnaireDefinition.Parse(json).Error!;

        error.Message.ShouldBe("Catégorie 2, question 3 : la clé « cfa.ambiance » est déjà utilisée.");
        error.Code.ShouldBe("questionnaire.duplicate_key");
        error.Field.ShouldBe("$.categories[1].questions[2].key");
        error.Kind.ShouldBe(ErrorKind.Invalid);
    }

    [Theory]
    [InlineData("""{ "key": "cfa.note", "kind": "note", "label": "Ta note ?" }""",
        "Catégorie 1, question 1 : le type « note » est inconnu (types possibles : singleChoice, multipleChoice, emojiScale, itemScale, ranking, number, freeText).",
        "$.categories[0].questions[0].kind")]
    [InlineData("""{ "key": "cfa.note", "label": "Ta note ?" }""",
        "Catégorie 1, question 1 : le type est obligatoire (types possibles : singleChoice, multipleChoice, emojiScale, itemScale, ranking, number, freeText).",
        "$.categories[0].questions[0].kind")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" } ] }""",
        "Catégorie 1, question 1 : une question à choix doit avoir au moins deux options.",
        "$.categories[0].questions[0].options")]
    [InlineData("""{ "key": "cfa.moyens", "kind": "multipleChoice", "label": "Comment ?" }""",
        "Catégorie 1, question 1 : une question à choix doit avoir au moins deux options.",
        "$.categories[0].questions[0].options")]
    [InlineData("""{ "key": "cfa.criteres", "kind": "ranking", "label": "Classe", "options": [] }""",
        "Catégorie 1, question 1 : une question de classement doit avoir au moins deux options à classer.",
        "$.categories[0].questions[0].options")]
    [InlineData("""{ "key": "cfa.aspects", "kind": "itemScale", "label": "Ces aspects ?", "items": [ { "key": "cours", "label": "Les cours" } ] }""",
        "Catégorie 1, question 1 : une question de notes par élément doit avoir au moins deux éléments à noter.",
        "$.categories[0].questions[0].items")]
    [InlineData("""{ "key": "CFA.Accueil", "kind": "emojiScale", "label": "Ton accueil ?" }""",
        "Catégorie 1, question 1 : la clé « CFA.Accueil » n’est pas valide : elle doit être de la forme « cfa.accueil » (minuscules sans accents, chiffres, _ et au moins un point).",
        "$.categories[0].questions[0].key")]
    [InlineData("""{ "kind": "emojiScale", "label": "Ton accueil ?" }""",
        "Catégorie 1, question 1 : la clé est obligatoire.",
        "$.categories[0].questions[0].key")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "   " }""",
        "Catégorie 1, question 1 : le libellé est obligatoire.",
        "$.categories[0].questions[0].label")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": 12 }""",
        "Catégorie 1, question 1 : le libellé doit être un texte entre guillemets.",
        "$.categories[0].questions[0].label")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "lable": "Ton accueil ?" }""",
        "Catégorie 1, question 1 : la propriété « lable » est inconnue (propriétés possibles : key, kind, label, help, required, options, items, min, max, maxSelections, followUp, peerQuestion).",
        "$.categories[0].questions[0].lable")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?", "label": "Encore ?" }""",
        "Catégorie 1, question 1 : la propriété « label » apparaît deux fois.",
        "$.categories[0].questions[0].label")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?", "required": "oui" }""",
        "Catégorie 1, question 1 : « required » doit valoir true ou false (sans guillemets).",
        "$.categories[0].questions[0].required")]
    [InlineData("""{ "key": "cfa.nombre", "kind": "number", "label": "Combien ?", "min": 0 }""",
        "Catégorie 1, question 1 : une question numérique doit avoir un minimum (« min ») et un maximum (« max »).",
        "$.categories[0].questions[0].max")]
    [InlineData("""{ "key": "cfa.nombre", "kind": "number", "label": "Combien ?", "min": 10, "max": 5 }""",
        "Catégorie 1, question 1 : le minimum (10) doit être inférieur au maximum (5).",
        "$.categories[0].questions[0].max")]
    [InlineData("""{ "key": "cfa.nombre", "kind": "number", "label": "Combien ?", "min": 0, "max": 2.5 }""",
        "Catégorie 1, question 1 : le maximum doit être un nombre entier (sans guillemets).",
        "$.categories[0].questions[0].max")]
    [InlineData("""{ "key": "cfa.nombre", "kind": "number", "label": "Combien ?", "min": 0, "max": 9, "options": [] }""",
        "Catégorie 1, question 1 : la propriété « options » ne s’applique pas à une question de type « number ».",
        "$.categories[0].questions[0].options")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?", "peerQuestion": true }""",
        "Catégorie 1, question 1 : la propriété « peerQuestion » ne s’applique pas à une question de type « emojiScale ».",
        "$.categories[0].questions[0].peerQuestion")]
    [InlineData("""{ "key": "cfa.moyens", "kind": "multipleChoice", "label": "Comment ?", "maxSelections": 4, "options": [ { "key": "a", "label": "A" }, { "key": "b", "label": "B" }, { "key": "c", "label": "C" } ] }""",
        "Catégorie 1, question 1 : le nombre maximum de choix doit être compris entre 2 et 3 (le nombre d’options).",
        "$.categories[0].questions[0].maxSelections")]
    [InlineData("""{ "key": "cfa.avis", "kind": "freeText", "label": "Ton avis ?", "required": true }""",
        "Catégorie 1, question 1 : une question à texte libre ne peut pas être obligatoire : l’expression libre reste facultative.",
        "$.categories[0].questions[0].required")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "Autre", "label": "Autre" } ] }""",
        "Catégorie 1, question 1, option 2 : la clé « Autre » n’est pas valide : elle doit être en minuscules sans accents, chiffres et _, par exemple « autre » ou « moins_de_10 ».",
        "$.categories[0].questions[0].options[1].key")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "premiere", "label": "2e" } ] }""",
        "Catégorie 1, question 1, option 2 : la clé « premiere » est déjà utilisée dans cette question.",
        "$.categories[0].questions[0].options[1].key")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "deuxieme" } ] }""",
        "Catégorie 1, question 1, option 2 : le libellé est obligatoire.",
        "$.categories[0].questions[0].options[1].label")]
    [InlineData("""{ "key": "cfa.aspects", "kind": "itemScale", "label": "Ces aspects ?", "items": [ { "key": "cours", "label": "Les cours" }, { "key": "cours", "label": "Encore" } ] }""",
        "Catégorie 1, question 1, élément 2 : la clé « cours » est déjà utilisée dans cette question.",
        "$.categories[0].questions[0].items[1].key")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "deuxieme", "label": "2e" } ], "followUp": { "optionKey": "autre", "label": "Précise" } }""",
        "Catégorie 1, question 1, suivi : l’option « autre » n’existe pas dans cette question.",
        "$.categories[0].questions[0].followUp.optionKey")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "autre", "label": "Autre" } ], "followUp": { "optionKey": "autre" } }""",
        "Catégorie 1, question 1, suivi : le libellé est obligatoire.",
        "$.categories[0].questions[0].followUp.label")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "autre", "label": "Autre" } ], "followUp": { "optionKey": "autre", "label": "Précise", "kind": "longText" } }""",
        "Catégorie 1, question 1, suivi : le type « longText » est inconnu (types possibles : shortText, freeText).",
        "$.categories[0].questions[0].followUp.kind")]
    [InlineData("""{ "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" }, { "key": "autre", "label": "Autre" } ], "followUp": { "optionKey": "autre", "label": "Précise", "maxLength": 5000 } }""",
        "Catégorie 1, question 1, suivi : la longueur maximale doit être comprise entre 1 et 2000.",
        "$.categories[0].questions[0].followUp.maxLength")]
    [InlineData("""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "Ton accueil ?", "followUp": { "optionKey": "autre", "label": "Précise" } }""",
        "Catégorie 1, question 1 : la propriété « followUp » ne s’applique pas à une question de type « emojiScale ».",
        "$.categories[0].questions[0].followUp")]
    [InlineData("\"cfa.accueil\"",
        "Catégorie 1, question 1 : la question doit être un objet entre accolades { }.",
        "$.categories[0].questions[0]")]
    public void A_wrong_question_is_refused_with_a_French_message_and_its_place(string question, string message, string field)
    {
        var error = QuestionnaireDefinition.Parse(Definitions.WithQuestions(question)).Error!;

        error.Message.ShouldBe(message);
        error.Field.ShouldBe(field);
    }

    [Theory]
    [InlineData("cfa.accueil")]
    [InlineData("rythme.jours_cfa")]
    [InlineData("a1.b.c")]
    [InlineData("conseils.futur_apprenti")]
    public void Well_formed_keys_are_accepted(string key)
    {
        QuestionnaireDefinition.Parse(Definitions.WithQuestions($$"""{ "key": "{{key}}", "kind": "emojiScale", "label": "Ton avis ?" }""")).IsSuccess
            .ShouldBeTrue();
    }

    [Theory]
    [InlineData("cfa")]
    [InlineData("cfa.")]
    [InlineData("1cfa.accueil")]
    [InlineData("cfa.accueil-2")]
    [InlineData("cfa.accuéil")]
    [InlineData("cfa..accueil")]
    [InlineData("_cfa.accueil")]
    public void Malformed_keys_are_refused(string key)
    {
        var error = QuestionnaireDefinition.Parse(Definitions.WithQuestions($$"""{ "key": "{{key}}", "kind": "emojiScale", "label": "Ton avis ?" }""")).Error!;

        error.Code.ShouldBe("questionnaire.invalid_key");
    }

    [Fact]
    public void A_label_over_300_characters_is_refused()
    {
        var label = new string('a', 301);

        var error = QuestionnaireDefinition.Parse(Definitions.WithQuestions($$"""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "{{label}}" }""")).Error!;

        error.Message.ShouldBe("Catégorie 1, question 1 : le libellé dépasse 300 caractères (301).");
    }

    [Fact]
    public void A_label_of_exactly_300_characters_is_accepted()
    {
        var label = new string('a', 300);

        QuestionnaireDefinition.Parse(Definitions.WithQuestions($$"""{ "key": "cfa.accueil", "kind": "emojiScale", "label": "{{label}}" }""")).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "Le questionnaire est vide : écrivez ou collez sa définition au format JSON.", "questionnaire.empty")]
    [InlineData("[]", "Le questionnaire doit être un objet entre accolades { }.", "questionnaire.wrong_type")]
    [InlineData("{}", "Le questionnaire doit contenir au moins une catégorie.", "questionnaire.no_category")]
    [InlineData("""{ "categories": [] }""", "Le questionnaire doit contenir au moins une catégorie.", "questionnaire.no_category")]
    [InlineData("""{ "categories": {} }""", "La liste des catégories doit être une liste entre crochets [ ].", "questionnaire.wrong_type")]
    [InlineData("""{ "categories": [], "title": "V2" }""", "La propriété « title » est inconnue (propriétés possibles : categories).", "questionnaire.unknown_property")]
    public void A_wrong_root_is_refused(string json, string message, string code)
    {
        var error = QuestionnaireDefinition.Parse(json).Error!;

        error.Message.ShouldBe(message);
        error.Code.ShouldBe(code);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line()
    {
        var error = QuestionnaireDefinition.Parse("{\n  \"categories\": [\n    { \"key\": \"cfa\" \"title\": \"Le CFA\" }\n  ]\n}").Error!;

        error.Code.ShouldBe("questionnaire.invalid_json");
        error.Message.ShouldStartWith("Le texte n’est pas un JSON valide (ligne 3, position ");
        error.Message.ShouldEndWith("vérifiez les guillemets, les virgules, les crochets et les accolades.");
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused_without_being_read()
    {
        var error = QuestionnaireDefinition.Parse(new string(' ', QuestionnaireLimits.DefinitionMaxLength) + "{}").Error!;

        error.Code.ShouldBe("questionnaire.too_long");
    }

    [Theory]
    [InlineData("""{ "title": "Le CFA", "emoji": "🏫", "questions": [ """ + Emoji + " ] }", "Catégorie 1 : la clé est obligatoire.")]
    [InlineData("""{ "key": "Le CFA", "title": "Le CFA", "emoji": "🏫", "questions": [ """ + Emoji + " ] }",
        "Catégorie 1 : la clé « Le CFA » n’est pas valide : elle doit être en minuscules sans accents, par exemple « cfa » ou « vie_entreprise ».")]
    [InlineData("""{ "key": "cfa", "emoji": "🏫", "questions": [ """ + Emoji + " ] }", "Catégorie 1 : le titre est obligatoire.")]
    [InlineData("""{ "key": "cfa", "title": "Le CFA", "questions": [ """ + Emoji + " ] }", "Catégorie 1 : l’emoji est obligatoire.")]
    [InlineData("""{ "key": "cfa", "title": "Le CFA", "emoji": "🏫", "questions": [] }""", "Catégorie 1 : la catégorie doit contenir au moins une question.")]
    [InlineData("""{ "key": "cfa", "title": "Le CFA", "emoji": "🏫" }""", "Catégorie 1 : la catégorie doit contenir au moins une question.")]
    public void A_wrong_category_is_refused(string category, string message)
    {
        QuestionnaireDefinition.Parse($$"""{ "categories": [ {{category}} ] }""").Error!.Message.ShouldBe(message);
    }

    [Fact]
    public void A_category_key_used_twice_is_refused()
    {
        var json = $$"""
            { "categories": [
              { "key": "cfa", "title": "Le CFA", "emoji": "🏫", "questions": [ {{Emoji}} ] },
              { "key": "cfa", "title": "Encore", "emoji": "🏫", "questions": [ { "key": "cfa.autre", "kind": "emojiScale", "label": "Et ça ?" } ] }
            ] }
            """;

        QuestionnaireDefinition.Parse(json).Error!.Message.ShouldBe("Catégorie 2 : la clé « cfa » est déjà utilisée.");
    }

    [Fact]
    public void Every_problem_is_listed_for_the_editor_in_document_order()
    {
        var json = Definitions.WithQuestions("""
            { "key": "cfa.accueil", "kind": "note", "label": "Ton accueil ?" },
            { "key": "cfa.accueil", "kind": "emojiScale", "label": "" },
            { "key": "cfa.annee", "kind": "singleChoice", "label": "Ton année ?", "options": [ { "key": "premiere", "label": "1re" } ] }
            """);

        var errors = QuestionnaireDefinition.FindErrors(json);

        errors.Select(e => e.Message).ShouldBe(
        [
            "Catégorie 1, question 1 : le type « note » est inconnu (types possibles : singleChoice, multipleChoice, emojiScale, itemScale, ranking, number, freeText).",
            "Catégorie 1, question 2 : la clé « cfa.accueil » est déjà utilisée.",
            "Catégorie 1, question 2 : le libellé est obligatoire.",
            "Catégorie 1, question 3 : une question à choix doit avoir au moins deux options.",
        ]);
        QuestionnaireDefinition.Parse(json).Error.ShouldBe(errors[0]);
    }

    [Fact]
    public void A_definition_built_in_memory_is_checked_against_the_same_rules()
    {
        var definition = new QuestionnaireDefinition(
        [
            new Category
            {
                Key = "cfa",
                Title = "Le CFA",
                Emoji = "🏫",
                Questions =
                [
                    new Question { Key = "cfa.nombre", Kind = QuestionKind.Number, Label = "Combien ?", Min = 0, Max = 9, Options = [new("a", "A")] },
                    new Question { Key = "cfa.annee", Kind = QuestionKind.SingleChoice, Label = "Ton année ?", Options = [new("premiere", "1re"), new("deuxieme", "2e")] },
                ],
            },
        ]);

        definition.Validate().Select(e => e.Message).ShouldBe(
            ["Catégorie 1, question 1 : la propriété « options » ne s’applique pas à une question de type « number »."]);
        Definitions.SampleDefinition.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Definitions_with_the_same_content_are_equal()
    {
        var built = new QuestionnaireDefinition(
        [
            new Category
            {
                Key = "cfa",
                Title = "Le CFA",
                Emoji = "🏫",
                Questions = [new Question { Key = "cfa.accueil", Kind = QuestionKind.EmojiScale, Label = "Ton accueil ?" }],
            },
        ]);

        QuestionnaireDefinition.Parse(Definitions.WithQuestions(Emoji)).Value.ShouldBe(built);
        built.GetHashCode().ShouldBe(QuestionnaireDefinition.Parse(Definitions.WithQuestions(Emoji)).Value.GetHashCode());
        built.ShouldNotBe(Definitions.SampleDefinition);
    }

    [Fact]
    public void Reusing_a_key_for_another_kind_of_question_is_reported_against_an_earlier_version()
    {
        var earlier = QuestionnaireDefinition.Parse(Definitions.WithQuestions(Emoji)).Value;
        var later = QuestionnaireDefinition.Parse(Definitions.WithQuestions(
            """{ "key": "cfa.accueil", "kind": "singleChoice", "label": "Ton accueil ?", "options": [ { "key": "oui", "label": "Oui" }, { "key": "non", "label": "Non" } ] }""")).Value;

        var problems = later.FindIncompatibilitiesWith(earlier);

        problems.Single().Message.ShouldBe(
            "Catégorie 1, question 1 : la clé « cfa.accueil » désignait une question de type « emojiScale » ; changez de clé pour une question de type "
            + "« singleChoice », sinon les résultats des deux versions ne pourront pas être réunis.");
        earlier.FindIncompatibilitiesWith(earlier).ShouldBeEmpty();
    }
}
