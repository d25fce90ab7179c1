using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MediatR;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.OpenData;

/// <summary>
/// Writes the open-data files described in docs/open-data.md (schema version <see cref="SchemaVersion"/>) from the
/// modules' read sides: groups formation × establishment × territory × campaign year at or above the anonymity
/// threshold, one région at a time. A generation is named by its time; the manifest is written last, so readers see
/// either the previous generation or the new one, and the generation before the previous one is deleted.
/// </summary>
public sealed class OpenDataExport(IMediator mediator, IConfiguration configuration, TimeProvider clock, AnonymityThreshold threshold)
{
    public const int SchemaVersion = 1;
    private const string ManifestName = "manifest.json";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        // The themes of a later région may differ from the header's, as the file has always allowed.
        ValidateFieldCount = false,
    };

    /// <summary>
    /// <c>OpenData:Directory</c>, else a data folder of the user the host runs as, outside the published application
    /// (docs/deployment.md): two instances started from one published folder must not serve files from it.
    /// </summary>
    public string Directory => Path.GetFullPath(configuration["OpenData:Directory"] is { Length: > 0 } directory
        ? directory
        : DefaultDirectory());

    /// <summary>Under the user's application data (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux), or the temporary folder without a home.</summary>
    internal static string DefaultDirectory()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(data is { Length: > 0 } ? data : Path.GetTempPath(), "sirius", "open-data");
    }

    public OpenDataManifest? Manifest()
    {
        var path = Path.Combine(Directory, ManifestName);
        return File.Exists(path) ? JsonSerializer.Deserialize<OpenDataManifest>(File.ReadAllBytes(path), Json) : null;
    }

    /// <summary>When the current generation was published (its manifest written); a minimal date before the first one.</summary>
    public DateTime ManifestWrittenAtUtc() => File.GetLastWriteTimeUtc(Path.Combine(Directory, ManifestName));

    /// <summary>
    /// The path of a file of the current generation or of the previous one (kept until the next generation is written,
    /// docs/open-data.md), or null for any other name.
    /// </summary>
    public string? PathOf(string name)
    {
        if (!IsGenerationFile(name))
        {
            return null;
        }

        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>A bare file name as a generation writes them (<c>sirius-…-v1-….csv</c> or <c>.jsonl</c>): no folder, no other file of the directory.</summary>
    private static bool IsGenerationFile(string name) =>
        name.Length <= 100 && name.StartsWith("sirius-", StringComparison.Ordinal)
        && (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".jsonl", StringComparison.Ordinal))
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') && !name.Contains("..", StringComparison.Ordinal);

    public async Task<OpenDataManifest> GenerateAsync(IJobProgress progress, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var generatedAt = clock.GetUtcNow().UtcDateTime;
        var stamp = generatedAt.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var names = new[] { "indicateurs", "reponses", "impact" }.Select(n => $"sirius-{n}-v{SchemaVersion}-{stamp}").ToArray();
        var (indicatorsCsv, answersCsv, indicatorsJsonl, impactCsv) = (names[0] + ".csv", names[1] + ".csv", names[0] + ".jsonl", names[2] + ".csv");

        var regions = (await mediator.Send(new GetOpenDataGroups(), cancellationToken))
            .Select(g => g.RegionCode).Distinct().Order(StringComparer.Ordinal).ToList();
        progress.SetTotal(regions.Count);
        var rows = new Dictionary<string, int> { [indicatorsCsv] = 0, [answersCsv] = 0, [indicatorsJsonl] = 0 };
        IReadOnlyList<(string Key, string Label)> themes = [];
        await using (var indicators = Csv(indicatorsCsv))
        await using (var answers = Csv(answersCsv))
        await using (var jsonl = Writer(indicatorsJsonl))
        {
            var headerWritten = false;
            await answers.WriteRecordAsync(["annee", "cfd", "siret", "region", "departement", "question", "element", "valeur", "reponses"], cancellationToken);
            foreach (var (region, done) in regions.Select((r, i) => (r, i)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var groups = await mediator.Send(new GetOpenDataGroups(region), cancellationToken);
                var published = await mediator.Send(new GetPublishedThemes([.. groups.Select(g => g.CampaignIds)]), cancellationToken);
                themes = published.Themes;
                if (!headerWritten)
                {
                    await indicators.WriteRecordAsync([.. IndicatorColumns, .. themes.Select(t => "theme_" + t.Key)], cancellationToken);
                    headerWritten = true;
                }

                foreach (var (group, themeCounts) in groups.Zip(published.ByGroup))
                {
                    await indicators.WriteRecordAsync([.. IndicatorCells(group), .. themes.Select(t => Number(themeCounts[t.Key]))], cancellationToken);
                    foreach (var answer in group.Answers)
                    {
                        await answers.WriteRecordAsync(
                            [
                                Number(group.Year), group.Cfd, group.Siret, group.RegionCode, group.DepartmentCode,
                                answer.QuestionKey, answer.ItemKey, answer.Value, Number(answer.Responses),
                            ],
                            cancellationToken);
                    }

                    await jsonl.WriteLineAsync(JsonSerializer.Serialize(new OpenDataLine(
                        group.Year, group.Cfd, group.Siret, group.RegionCode, group.DepartmentCode, group.DiplomaLevel,
                        group.Responses, group.Seats, group.ResponsesWithinSeats, group.ResponseRate, group.VerifiedShare,
                        themeCounts.Where(t => t.Value > 0).ToDictionary(),
                        group.Answers.Select(a => new OpenDataAnswerLine(a.QuestionKey, a.ItemKey, a.Value, a.Responses)).ToList()), Json));
                    rows[indicatorsCsv]++;
                    rows[indicatorsJsonl]++;
                    rows[answersCsv] += group.Answers.Count;
                }

                progress.Report(done + 1);
            }

            if (!headerWritten)
            {
                await indicators.WriteRecordAsync(IndicatorColumns, cancellationToken);
            }
        }

        rows[impactCsv] = await WriteImpactAsync(impactCsv, cancellationToken);
        var manifest = new OpenDataManifest(SchemaVersion, generatedAt, threshold.Value, [.. rows.Select(r => Describe(r.Key, r.Value))]);
        var previous = Manifest();
        var temporary = Path.Combine(Directory, ManifestName + ".tmp");
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest, Json), cancellationToken);
        File.Move(temporary, Path.Combine(Directory, ManifestName), overwrite: true);
        var kept = manifest.Files.Concat(previous?.Files ?? []).Select(f => f.Name).ToHashSet();
        foreach (var old in System.IO.Directory.EnumerateFiles(Directory, "sirius-*").Where(f => !kept.Contains(Path.GetFileName(f))))
        {
            File.Delete(old);
        }

        return manifest;
    }

    /// <summary>The impact counters month by month (docs/open-data.md, docs/rgpd.md): counts, no personal data, no threshold.</summary>
    private async Task<int> WriteImpactAsync(string name, CancellationToken cancellationToken)
    {
        var impact = await mediator.Send(new GetImpactForOpenData(), cancellationToken);
        await using var writer = Csv(name);
        await writer.WriteRecordAsync(["mois", "mesure", "cible", "siret", "origine", "nombre"], cancellationToken);
        foreach (var row in impact)
        {
            await writer.WriteRecordAsync(
                [row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row.Measure, row.Target, row.Siret, row.Origin, Number(row.Count)],
                cancellationToken);
        }

        return impact.Count;
    }

    internal static readonly string[] IndicatorColumns =
    [
        "annee", "cfd", "siret", "region", "departement", "niveau", "reponses", "places", "reponses_campagnes_limitees",
        "taux_reponse", "part_reponses_verifiees",
    ];

    private static IEnumerable<string> IndicatorCells(OpenDataGroup group) =>
    [
        Number(group.Year), group.Cfd, group.Siret, group.RegionCode, group.DepartmentCode, Number(group.DiplomaLevel),
        Number(group.Responses), Number(group.Seats), Number(group.ResponsesWithinSeats),
        Share(group.ResponseRate),
        Share(group.VerifiedShare),
    ];

    private static string Share(double? share) => share is { } value ? value.ToString("0.####", CultureInfo.InvariantCulture) : "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 with commas, UTF-8 without a byte-order mark, one record per line ending in LF (docs/open-data.md).</summary>
    private CsvWriter Csv(string name) => CsvWriter.ToFile(Path.Combine(Directory, name), CsvOptions);

    private StreamWriter Writer(string name) =>
        new(Path.Combine(Directory, name), false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };

    private OpenDataFile Describe(string name, int rows)
    {
        var path = Path.Combine(Directory, name);
        using var stream = File.OpenRead(path);
        return new OpenDataFile(name, name.EndsWith(".jsonl", StringComparison.Ordinal) ? "jsonl" : "csv", rows, stream.Length,
            Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}

/// <param name="Threshold">No group below this many responses is in the files.</param>
public sealed record OpenDataManifest(int SchemaVersion, DateTime GeneratedAt, int Threshold, IReadOnlyList<OpenDataFile> Files);

/// <param name="Rows">Data rows, header left out.</param>
public sealed record OpenDataFile(string Name, string Format, int Rows, long Size, string Sha256);

internal sealed record OpenDataLine(
    int Annee, string Cfd, string Siret, string Region, string Departement, int Niveau, long Reponses, long Places,
    long ReponsesCampagnesLimitees, double? TauxReponse, double? PartReponsesVerifiees, IReadOnlyDictionary<string, int> Themes,
    IReadOnlyList<OpenDataAnswerLine> ReponsesParQuestion);

internal sealed record OpenDataAnswerLine(string Question, string Element, string Valeur, long Reponses);
