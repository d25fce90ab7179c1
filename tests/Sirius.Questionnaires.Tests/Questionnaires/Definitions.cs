using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Tests.Questionnaires;

/// <summary>Small definitions written for the tests, as JSON an administrator would type.</summary>
internal static class Definitions
{
    /// <summary>A definition whose first category holds the given question(s) (JSON objects separated by commas).</summary>
    public static string WithQuestions(string questions) => $$"""
        {
          "categories": [
            { "key": "cfa", "title": "Le CFA", "emoji": "🏫", "questions": [ {{questions}} ] }
          ]
        }
        """;

    /// <summary>One question of each kind, with follow-ups, over two categories.</summary>
    public const string Sample = """
        {
          "categories": [
            {
              "key": "choix", "title": "Des choix", "emoji": "🧭",
              "questions": [
                {
                  "key": "choix.unique", "kind": "singleChoice", "label": "Ton année ?", "required": true,
                  "options": [ { "key": "premiere", "label": "1re année" }, { "key": "deuxieme", "label": "2e année" }, { "key": "autre", "label": "Autre" } ],
                  "followUp": { "optionKey": "autre", "label": "Autre : précise", "maxLength": 20 }
                },
                {
                  "key": "choix.multiple", "kind": "multipleChoice", "label": "Comment as-tu trouvé ?", "required": true, "maxSelections": 2,
                  "options": [ { "key": "cfa", "label": "Le CFA" }, { "key": "famille", "label": "La famille" }, { "key": "site", "label": "Un site" }, { "key": "autre", "label": "Autre" } ],
                  "followUp": { "optionKey": "autre", "label": "Autre : précise" }
                },
                {
                  "key": "choix.classement", "kind": "ranking", "label": "Classe ces raisons", "required": true,
                  "options": [ { "key": "metier", "label": "Le métier" }, { "key": "salaire", "label": "Le salaire" }, { "key": "proximite", "label": "La proximité" } ]
                }
              ]
            },
            {
              "key": "notes", "title": "Des notes", "emoji": "😀",
              "questions": [
                { "key": "notes.accueil", "kind": "emojiScale", "label": "Ton accueil ?", "required": true },
                { "key": "notes.facultative", "kind": "emojiScale", "label": "Et la cantine ?" },
                {
                  "key": "notes.aspects", "kind": "itemScale", "label": "Ces aspects ?", "required": true,
                  "items": [ { "key": "cours", "label": "Les cours" }, { "key": "formateurs", "label": "Les formateurs" } ]
                },
                {
                  "key": "notes.aspects_facultatifs", "kind": "itemScale", "label": "Et ceux-ci ?",
                  "items": [ { "key": "locaux", "label": "Les locaux" }, { "key": "internat", "label": "L’internat" } ]
                },
                { "key": "notes.entreprises", "kind": "number", "label": "Combien d’entreprises ?", "required": true, "min": 0, "max": 50 },
                { "key": "notes.conseil", "kind": "freeText", "label": "Un conseil ?", "peerQuestion": true }
              ]
            }
          ]
        }
        """;

    public static QuestionnaireDefinition SampleDefinition { get; } = QuestionnaireDefinition.Parse(Sample).Value;
}
