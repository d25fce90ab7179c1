using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Sirius.Establishments.Contracts;
using Sirius.Host.OpenData;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Api;

/// <summary>
/// What the documentation page says besides the endpoints: the introduction (rate limits, anonymity threshold, widget,
/// JSON-LD) and one example answer per endpoint, serialised from the contracts' own records so that they keep their shape.
/// </summary>
internal static class ApiExamples
{
    private const string JsonLd = "application/ld+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTime Published = new(2026, 3, 12, 9, 30, 0, DateTimeKind.Utc);

    public static string Introduction(int threshold, int feedbackPerMinute) => $$"""
        Les témoignages des apprentis publiés après modération et les indicateurs publics de Sirius, en lecture libre :
        sans compte, sans clé, depuis n’importe quelle origine (CORS ouvert, requêtes `OPTIONS` préalables comprises).
        Toutes les réponses sont en JSON (UTF-8), les erreurs en `application/problem+json` avec un message en français.
        Cette page est générée à partir du document OpenAPI, téléchargeable à l’adresse [/openapi/v1.json](/openapi/v1.json).

        ## Cache et limites de débit
        Les réponses sont publiques et cacheables cinq minutes (`Cache-Control: public, max-age=300`) et portent un `ETag` :
        renvoyez-le dans `If-None-Match` pour recevoir `304 Not Modified` sans corps. Les lectures ne sont pas limitées par
        adresse ; merci de respecter le cache plutôt que d’interroger l’API à chaque affichage. Les écritures publiques sont
        limitées par adresse IP : les avis « utile ? » du widget à {{feedbackPerMinute}} par minute. Au-delà, la réponse est
        `429 Too Many Requests` avec `Retry-After: 60` (secondes).

        ## Seuil d’anonymat
        Aucun chiffre calculé (répartition, part, thème, témoignage) n’est publié pour un groupe de moins de
        **{{threshold}} réponses** (le seuil d’anonymat, champ `anonymityThreshold` des réponses). En dessous, une formation ou un
        établissement connu répond `200` avec `responses: null` et des listes vides : « connu, mais pas encore public ». Un code
        inconnu répond `404`.

        ## Widget
        Pour afficher les témoignages sur votre site, collez ces deux lignes là où le widget doit apparaître (code CFD, RNCP ou
        CertifInfo pour une formation ; SIRET ou UAI pour un établissement) :

        ```html
        <div data-sirius-formation="50022135"></div>
        <script src="https://sirius.example/widget/sirius-widget.js" async></script>
        ```

        ou `<div data-sirius-etablissement="19690001400019"></div>`. Le script insère un cadre (`iframe`) dont la hauteur suit
        son contenu ; un code inconnu affiche un message en français dans le cadre.

        ## JSON-LD (schema.org)
        Avec `Accept: application/ld+json`, les fiches de formation et d’établissement répondent en JSON-LD : un `Course`
        (formation) ou une `EducationalOrganization` (établissement), avec `aggregateRating` (nombre de réponses et de
        témoignages, absent sous le seuil d’anonymat) et un `review` par témoignage publié, la réponse de l’établissement en
        `comment` :

        ```json
        {{Indented(LdExample("Course"))}}
        ```
        """;

    /// <summary>Sets the example of the 200 answer of the endpoint at <paramref name="route"/> (relative, as the API explorer names it).</summary>
    public static void Apply(OpenApiOperation operation, string route)
    {
        if (Example(route) is not { } example || operation.Responses?.TryGetValue("200", out var ok) != true || ok!.Content is not { } content)
        {
            return;
        }

        foreach (var (mediaType, media) in content)
        {
            media.Example = mediaType == JsonLd ? LdExample(route.Contains("etablissements", StringComparison.Ordinal) ? "EducationalOrganization" : "Course") : example;
        }
    }

    private static JsonNode? Example(string route) => route switch
    {
        "api/v1/formations/nearby" => Node(new NearbyFormations(
            new NearbyOrigin(45.764, 4.836, "69123", "Lyon"), 30, 3, null,
            [new NearbyFormation("50022135", "RNCP37138", "CAP Cuisine", "CAP", 3, 2.41, "Lyon", 45.75, 4.85,
                new NearbyEstablishment("19690001400019", "0690001A", "CFA des métiers de bouche", "Lyon"),
                18, 7, 0, ["Ambiance", "Tuteur", "Rythme"], "/widget/formation/50022135?etablissement=19690001400019")],
            1, 1, 20, 42, 3)),
        "api/v1/formations/{code}" or "api/v1/formations/{code}/temoignages" => Node(Testimonies(PublicSubjects.Formation, "50022135", "CAP Cuisine")),
        "api/v1/etablissements/{code}" or "api/v1/etablissements/{code}/temoignages" => Node(Testimonies(PublicSubjects.Establishment, "19690001400019", "CFA des métiers de bouche")),
        "api/v1/etablissements/{siret}/referentiel" => Node(new EstablishmentSummary(
            Guid.Parse("6f1c2a0e-4b7d-4c1e-9a55-0d2f3b8e7a10"), "19690001400019", "0690001A", "CFA des métiers de bouche", "Lyon", "69", "84")),
        "api/v1/communes" => Node(new[] { new CommuneSummary("69123", "Lyon", "69001", "69", 45.758, 4.835) }),
        "api/v1/donnees-ouvertes" => Node(new OpenDataListing(1, Published, 3,
            [new OpenDataListingFile("indicateurs.csv", "csv", 1240, 183_422, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "/api/v1/donnees-ouvertes/indicateurs.csv")])),
        "api/v1/donnees-ouvertes/{name}" => JsonValue.Create(string.Join(',', OpenDataExport.IndicatorColumns) + "\n2026,50022135,19690001400019,84,69,3,18,20,18,0.9,0\n"),
        _ => null,
    };

    private static PublicTestimonies Testimonies(string subject, string code, string title) => new(
        subject, code, title, 18, 3,
        [new QuestionDistribution("satisfaction", null, [new ValueCount("tres-satisfait", 9), new ValueCount("satisfait", 7), new ValueCount("peu-satisfait", 2)])],
        [new ThemeCount("Ambiance", 6), new ThemeCount("Tuteur", 4)],
        [new PublicTestimony(Guid.Parse("0b8f5a3e-2d41-4f6a-8e1c-5c7d9a2b3e4f"), "Qu’est-ce qui vous a le plus aidé ?",
            "Mon tuteur m’explique chaque geste et me laisse essayer.", ["Tuteur"], true, Published, 12,
            new PublicReply("CFA des métiers de bouche", "Merci, nous transmettons à l’équipe.", Published.AddDays(3)), false)],
        7, 1, 10, 0);

    private static JsonNode LdExample(string type) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
        ["@id"] = type == "Course" ? "https://sirius.example/api/v1/formations/50022135" : "https://sirius.example/api/v1/etablissements/19690001400019",
        ["name"] = type == "Course" ? "CAP Cuisine" : "CFA des métiers de bouche",
        ["identifier"] = type == "Course" ? "50022135" : "19690001400019",
        ["aggregateRating"] = new JsonObject { ["@type"] = "AggregateRating", ["ratingCount"] = 18, ["reviewCount"] = 7 },
        ["review"] = new JsonArray(new JsonObject
        {
            ["@type"] = "Review",
            ["reviewBody"] = "Mon tuteur m’explique chaque geste et me laisse essayer.",
            ["name"] = "Qu’est-ce qui vous a le plus aidé ?",
            ["datePublished"] = "2026-03-12",
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = "Apprenti ou apprentie (anonyme)" },
            ["keywords"] = "Tuteur",
            ["comment"] = new JsonObject
            {
                ["@type"] = "Comment",
                ["text"] = "Merci, nous transmettons à l’équipe.",
                ["dateCreated"] = "2026-03-15",
                ["author"] = new JsonObject { ["@type"] = "EducationalOrganization", ["name"] = "CFA des métiers de bouche" },
            },
        }),
    };

    private static JsonNode Node<T>(T value) => JsonSerializer.SerializeToNode(value, Json)!;

    private static string Indented(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            ;
}
