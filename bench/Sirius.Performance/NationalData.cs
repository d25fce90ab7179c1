using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Statistics;
using Sirius.Questionnaires.Infrastructure.Persistence;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;
using Sirius.Testimonies.Infrastructure.Persistence;

namespace Sirius.Performance;

/// <summary>How much to generate: campaigns, completed responses and verbatims (exactly three per response on average).</summary>
internal sealed record Scale(string Name, Establishments.Infrastructure.ReferenceData.CatalogueSize Catalogue, int Campaigns, int Responses)
{
    public static readonly Scale National = new("national", Establishments.Infrastructure.ReferenceData.CatalogueSize.National, 50_000, 1_000_000);
    public static readonly Scale Small = new("small", Establishments.Infrastructure.ReferenceData.CatalogueSize.Pilot, 500, 10_000);

    public int Verbatims => Responses * 3;
}

/// <summary>What the generator wrote, for the report and for choosing what to measure.</summary>
internal sealed record Generated(IReadOnlyDictionary<string, long> Rows, string BusiestSiret, int BusiestSiretResponses, string BusiestCfd, string BusiestRegion);

/// <summary>
/// Campaigns, completed responses and verbatims over the formations the catalogue put in the Questionnaires module,
/// written straight into the modules' tables with the read models their event handlers would have produced:
/// the campaigns' response counters, the statistics read side (Stats*, per campaign and per area), the response choices, and in Testimonies the
/// verbatims (pre-moderated, then decided), tallies, formation responses, answer counts and counted responses.
/// Answers come from a few hundred complete responses built with the domain's own <see cref="Response"/> (so their
/// JSON and counted values are what the questionnaire produces), reused across the generated responses.
/// Every generated response comes through the open link (campaign link or QR code): none is verified and no campaign
/// has a roster, so the verified and invitation counters are 0.
/// Deterministic for a seed: identifiers are sequential (as version 7 identifiers are) from a seeded generator.
/// </summary>
internal sealed class NationalData(Scale scale, int seed)
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly JsonSerializerOptions Json = new();
    private readonly Random _random = new(seed);
    private long _sequence;
    private long _responseNumber;

    public async Task<Generated> WriteAsync(QuestionnairesDbContext questionnaires, TestimoniesDbContext testimonies, bool postgres)
    {
        var formations = await questionnaires.Formations.AsNoTracking().OrderBy(f => f.Key).ToListAsync();
        var version = await questionnaires.Versions.AsNoTracking().OrderBy(v => v.Number).FirstAsync();
        var definition = QuestionnaireDefinition.Parse(version.DefinitionJson).Value;
        var templates = Templates(definition, version.Id);
        var perCampaign = ResponsesPerCampaign();

        var rows = new Dictionary<string, long>();
        var bySiret = new Dictionary<string, int>();
        var byCfd = new Dictionary<string, int>();
        var byRegion = new Dictionary<string, int>();
        var publishedTestimonies = 0;
        var rejectedTestimonies = 0;
        (int Establishments, int Campaigns, int Responses, int Published) counters;
        var watch = Stopwatch.StartNew();
        await using (var session = new BulkSession(postgres))
        {
            await using var campaigns = await BulkTable.OpenAsync<Campaign>(questionnaires, session,
                "Id", "Token", "Name", "FormationKey", "Siret", "VersionId", "StartDate", "EndDate", "Seats", "CreatedBy", "CreatedAtUtc", "DeletedAtUtc", "ResponsesCount", "PersonalInvitationsOnly");
            await using var responses = await BulkTable.OpenAsync<Response>(questionnaires, session,
                "Id", "CampaignId", "VersionId", "SecretHash", "AddressHash", "Status", "AnswersJson", "StartedAtUtc", "UpdatedAtUtc", "CompletedAtUtc",
                "DurationSeconds", "FreeTextCount", "Flags", "ReviewedAtUtc", "Revision", "PersonalDataErasedAtUtc", "Verified");
            await using var choices = await BulkTable.OpenAsync<ResponseChoice>(questionnaires, session, "ResponseId", "CampaignId", "QuestionKey", "ItemKey", "Value", "CountsRespondent");
            await using var statsCampaigns = await BulkTable.OpenAsync<CampaignStatistics>(questionnaires, session,
                "CampaignId", "Siret", "FormationKey", "Cfd", "RegionCode", "DepartmentCode", "AcademyCode", "RncpCode", "DiplomaLevel", "StartDate", "EndDate",
                "Seats", "Deleted", "Responses", "FreeTextResponses", "DurationSecondsSum", "VerifiedResponses", "Invited", "InvitationsAnswered");
            await using var statsDurations = await BulkTable.OpenAsync<DurationBucket>(questionnaires, session, "CampaignId", "Bucket", "Responses");
            await using var statsDays = await BulkTable.OpenAsync<DailyResponses>(questionnaires, session, "CampaignId", "Day", "Responses");
            await using var statsAnswers = await BulkTable.OpenAsync<AnswerStatistics>(questionnaires, session, "CampaignId", "QuestionKey", "ItemKey", "Value", "Responses");
            await using var areaDurations = await BulkTable.OpenAsync<AreaDurations>(questionnaires, session, "Area", "Code", "Bucket", "Responses");
            await using var areaDays = await BulkTable.OpenAsync<AreaDays>(questionnaires, session, "Area", "Code", "Day", "Responses");
            await using var areaAnswers = await BulkTable.OpenAsync<AreaAnswers>(questionnaires, session, "Area", "Code", "QuestionKey", "ItemKey", "Value", "Responses");
            var areaDurationSums = new Dictionary<(string, string, int), long>();
            var areaDaySums = new Dictionary<(string, string, DateOnly), long>();
            var areaAnswerSums = new Dictionary<(string, string, string, string, string), long>();
            await using var publicTallies = await BulkTable.OpenAsync<PublicResponseTally>(questionnaires, session, "Dimension", "Key", "Responses");
            var publicTallySums = new Dictionary<(string, string), long>();
            await using var verbatims = await BulkTable.OpenAsync<Verbatim>(testimonies, session,
                "Id", "ResponseId", "CampaignId", "FormationKey", "FormateurSiret", "QuestionKey", "QuestionLabel", "OriginalText", "AnonymisedText", "FlagsJson",
                "FlagKinds", "Themes", "Status", "RejectionReason", "Discarded", "ReceivedAtUtc", "ModeratedAtUtc", "UsefulCount", "NotUsefulCount", "Verified", "Priority");
            await using var tallies = await BulkTable.OpenAsync<VerbatimTally>(testimonies, session, "FormationKey", "Status", "FormateurSiret", "Count");
            await using var themeTallies = await BulkTable.OpenAsync<ThemeTally>(testimonies, session, "FormationKey", "Theme", "Count");
            await using var nationalThemes = await BulkTable.OpenAsync<NationalThemeTally>(testimonies, session, "Theme", "Count");
            await using var delays = await BulkTable.OpenAsync<ModerationDelayTally>(testimonies, session, "Hours", "Count");
            var nationalThemeSums = new Dictionary<string, int>(StringComparer.Ordinal);
            var delaySums = new Dictionary<int, int>();
            await using var formationResponses = await BulkTable.OpenAsync<FormationResponses>(testimonies, session, "FormationKey", "Cfd", "FormateurSiret", "Responses", "VerifiedResponses");
            await using var answerCounts = await BulkTable.OpenAsync<AnswerCount>(testimonies, session, "FormationKey", "QuestionKey", "ItemKey", "Value", "Count");
            await using var counted = await BulkTable.OpenAsync<CountedResponse>(testimonies, session, "ResponseId", "CampaignId", "FormationKey", "AnswersJson", "Discarded", "Verified");

            var campaignIndex = 0;
            var campaignsWithResponses = 0;
            for (var f = 0; f < formations.Count; f++)
            {
                var formation = formations[f];
                var formationAnswers = new Dictionary<(string, string, string), int>();
                var statusCounts = new int[Enum.GetValues<VerbatimStatus>().Length];
                var themeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
                var formationTotal = 0;
                var last = (int)((long)(f + 1) * scale.Campaigns / formations.Count);
                for (; campaignIndex < last; campaignIndex++)
                {
                    var campaignId = NextId(1);
                    var count = perCampaign[campaignIndex];
                    campaignsWithResponses += count > 0 ? 1 : 0;
                    var start = new DateOnly(2025, 9, 1).AddDays(_random.Next(430));
                    var end = start.AddDays(_random.Next(30, 121));
                    var seats = _random.Next(5) == 0 ? 0 : count + _random.Next(16);
                    var lastDay = end < Today ? end : Today;
                    campaigns.Add(campaignId, $"perf{campaignIndex:D20}", Truncate("Campagne " + formation.Title, Campaign.NameMaxLength), formation.Key,
                        formation.FormateurSiret, version.Id, start, end, seats, NextId(9), start.AddDays(-1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), null, count, false);

                    var answers = new Dictionary<(string, string, string), int>();
                    var durations = new Dictionary<int, int>();
                    var days = new Dictionary<DateOnly, int>();
                    int freeTextResponses = 0;
                    long durationSum = 0;
                    for (var r = 0; r < count; r++)
                    {
                        var template = templates[(_responseNumber++ % 10) switch { 0 => 0, 1 => 1, 2 => 2, 3 or 4 or 5 => 3, 6 or 8 => 4, _ => 5 }][_random.Next(TemplatesPerCount)];
                        var responseId = NextId(2);
                        var day = start.AddDays(_random.Next(lastDay.DayNumber - start.DayNumber + 1));
                        var completed = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(_random.Next(86_400));
                        var duration = 90 + _random.Next(1_500);
                        responses.Add(responseId, campaignId, version.Id, Convert.ToHexString(BitConverter.GetBytes(_random.NextInt64())) + new string('0', 48), null,
                            nameof(ResponseStatus.Completed), template.AnswersJson, completed.AddSeconds(-duration), completed, completed, duration,
                            template.FreeTexts.Count, (int)SuspicionFlags.None, null, template.Revision, null, false);
                        foreach (var choice in template.Choices)
                        {
                            var (question, item, value) = (choice.QuestionKey, choice.ItemKey, choice.Value);
                            choices.Add(responseId, campaignId, question, item, value, choice.CountsRespondent);
                            answers[(question, item, value)] = answers.GetValueOrDefault((question, item, value)) + 1;
                            formationAnswers[(question, item, value)] = formationAnswers.GetValueOrDefault((question, item, value)) + 1;
                        }

                        // As the projection counts them: each question's respondents as a value « * » of their own.
                        foreach (var choice in template.Choices.Where(c => c.CountsRespondent))
                        {
                            var respondents = (choice.QuestionKey, "", "*");
                            answers[respondents] = answers.GetValueOrDefault(respondents) + 1;
                        }

                        counted.Add(responseId, campaignId, formation.Key, template.CountedJson, false, false);
                        foreach (var text in template.FreeTexts)
                        {
                            var status = Decision();
                            statusCounts[(int)status]++;
                            var decided = status == VerbatimStatus.Pending ? (DateTime?)null : completed.AddHours(_random.Next(1, 240));
                            if (decided is { } at)
                            {
                                delaySums[ModerationDelayTally.Of(completed, at)] = delaySums.GetValueOrDefault(ModerationDelayTally.Of(completed, at)) + 1;
                            }

                            rejectedTestimonies += status == VerbatimStatus.Rejected ? 1 : 0;
                            var published = status is VerbatimStatus.Validated or VerbatimStatus.Gem;
                            if (published)
                            {
                                publishedTestimonies++;
                                foreach (var theme in text.Text.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
                                {
                                    themeCounts[theme] = themeCounts.GetValueOrDefault(theme) + 1;
                                }
                            }

                            verbatims.Add(NextId(3), responseId, campaignId, formation.Key, formation.FormateurSiret, text.QuestionKey, text.QuestionLabel,
                                text.Text.Original, text.Text.Anonymised, text.Text.FlagsJson, text.Text.FlagKinds, text.Text.Themes, status.ToString(),
                                status == VerbatimStatus.Rejected ? "Propos hors sujet" : null, false, completed, decided,
                                published ? _random.Next(4) : 0, published ? _random.Next(2) : 0, false, (int)text.Text.Priority);
                        }

                        freeTextResponses += template.FreeTexts.Count > 0 ? 1 : 0;
                        durationSum += duration;
                        durations[DurationBucket.Of(duration)] = durations.GetValueOrDefault(DurationBucket.Of(duration)) + 1;
                        days[day] = days.GetValueOrDefault(day) + 1;
                    }

                    statsCampaigns.Add(campaignId, formation.FormateurSiret, formation.Key, formation.Cfd, formation.RegionCode, formation.DepartmentCode,
                        formation.AcademyCode, formation.RncpCode, formation.Level, start, end, seats, false, count, freeTextResponses, durationSum, 0, 0, 0);
                    foreach (var (bucket, n) in durations)
                    {
                        statsDurations.Add(campaignId, bucket, n);
                    }

                    foreach (var (day, n) in days)
                    {
                        statsDays.Add(campaignId, day, n);
                    }

                    foreach (var ((question, item, value), n) in answers)
                    {
                        statsAnswers.Add(campaignId, question, item, value, n);
                    }

                    foreach (var ((dimension, key), n) in PublicResponseTally.Of(formation.RegionCode, formation.Level, days.Select(d => (d.Key, (long)d.Value))))
                    {
                        publicTallySums[(dimension, key)] = publicTallySums.GetValueOrDefault((dimension, key)) + n;
                    }

                    // As the handlers leave the area tables: every campaign (none is deleted) counts in the country, its région and département.
                    foreach (var (area, code) in StatisticsArea.Of(formation.RegionCode, formation.DepartmentCode))
                    {
                        foreach (var (bucket, n) in durations)
                        {
                            areaDurationSums[(area, code, bucket)] = areaDurationSums.GetValueOrDefault((area, code, bucket)) + n;
                        }

                        foreach (var (day, n) in days)
                        {
                            areaDaySums[(area, code, day)] = areaDaySums.GetValueOrDefault((area, code, day)) + n;
                        }

                        foreach (var ((question, item, value), n) in answers)
                        {
                            areaAnswerSums[(area, code, question, item, value)] = areaAnswerSums.GetValueOrDefault((area, code, question, item, value)) + n;
                        }
                    }

                    formationTotal += count;
                }

                if (formationTotal > 0)
                {
                    formationResponses.Add(formation.Key, formation.Cfd, formation.FormateurSiret, formationTotal, 0);
                    foreach (var ((question, item, value), n) in formationAnswers)
                    {
                        answerCounts.Add(formation.Key, question, item, value, n);
                    }

                    // As the handlers leave them: every verbatim arrived pending, so the pending row exists even at zero.
                    for (var s = 0; s < statusCounts.Length; s++)
                    {
                        if (statusCounts[s] > 0 || (VerbatimStatus)s == VerbatimStatus.Pending && statusCounts.Sum() > 0)
                        {
                            tallies.Add(formation.Key, ((VerbatimStatus)s).ToString(), formation.FormateurSiret, statusCounts[s]);
                        }
                    }

                    foreach (var (theme, n) in themeCounts)
                    {
                        themeTallies.Add(formation.Key, theme, n);
                        nationalThemeSums[theme] = nationalThemeSums.GetValueOrDefault(theme) + n;
                    }

                    bySiret[formation.FormateurSiret] = bySiret.GetValueOrDefault(formation.FormateurSiret) + formationTotal;
                    byCfd[formation.Cfd] = byCfd.GetValueOrDefault(formation.Cfd) + formationTotal;
                    byRegion[formation.RegionCode] = byRegion.GetValueOrDefault(formation.RegionCode) + formationTotal;
                }

                if (f % 2_000 == 1_999)
                {
                    Console.Error.WriteLine($"  {f + 1} formations, {responses.Rows:N0} responses, {verbatims.Rows:N0} verbatims, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            foreach (var ((area, code, bucket), n) in areaDurationSums)
            {
                areaDurations.Add(area, code, bucket, n);
            }

            foreach (var ((area, code, day), n) in areaDaySums)
            {
                areaDays.Add(area, code, day, n);
            }

            foreach (var ((area, code, question, item, value), n) in areaAnswerSums)
            {
                areaAnswers.Add(area, code, question, item, value, n);
            }

            foreach (var ((dimension, key), n) in publicTallySums.Where(t => t.Value != 0))
            {
                publicTallies.Add(dimension, key, n);
            }

            foreach (var (theme, n) in nationalThemeSums)
            {
                nationalThemes.Add(theme, n);
            }

            foreach (var (hours, n) in delaySums)
            {
                delays.Add(hours, n);
            }

            foreach (var (name, table) in new (string, BulkTable)[]
                     {
                         ("Campaigns", campaigns), ("Responses", responses), ("ResponseChoices", choices), ("StatsCampaigns", statsCampaigns),
                         ("StatsDurations", statsDurations), ("StatsDays", statsDays), ("StatsAnswers", statsAnswers),
                         ("StatsAreaDurations", areaDurations), ("StatsAreaDays", areaDays), ("StatsAreaAnswers", areaAnswers), ("StatsPublicTallies", publicTallies), ("Verbatims", verbatims),
                         ("VerbatimTallies", tallies), ("ThemeTallies", themeTallies), ("NationalThemeTallies", nationalThemes), ("ModerationDelayTallies", delays), ("FormationResponses", formationResponses), ("AnswerCounts", answerCounts), ("CountedResponses", counted),
                     })
            {
                rows[name] = table.Rows;
            }

            counters = (bySiret.Count, campaignsWithResponses, (int)responses.Rows, publishedTestimonies);
        }

        // The public statistics' counters, as the handlers leave them (the migration wrote the row, at zero).
        await testimonies.PublicCounters.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Establishments, counters.Establishments)
            .SetProperty(c => c.Campaigns, counters.Campaigns)
            .SetProperty(c => c.Responses, counters.Responses)
            .SetProperty(c => c.PublishedTestimonies, counters.Published)
            .SetProperty(c => c.RejectedTestimonies, rejectedTestimonies));

        var busiest = bySiret.MaxBy(s => s.Value);
        return new Generated(rows, busiest.Key, busiest.Value, byCfd.MaxBy(c => c.Value).Key, byRegion.MaxBy(r => r.Value).Key);
    }

    private const int TemplatesPerCount = 40;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>Moderation decisions as a year of moderation leaves them: most validated, some still pending.</summary>
    private VerbatimStatus Decision() => _random.Next(100) switch
    {
        < 8 => VerbatimStatus.Pending,
        < 78 => VerbatimStatus.Validated,
        < 82 => VerbatimStatus.Gem,
        < 87 => VerbatimStatus.ToFix,
        < 90 => VerbatimStatus.Alert,
        _ => VerbatimStatus.Rejected,
    };

    /// <summary>A sequential identifier in the shape of a version 7 one: a table tag, then a counter, then random bits.</summary>
    private Guid NextId(byte table)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[0] = table;
        BinaryPrimitives.WriteUInt32BigEndian(bytes[1..], (uint)++_sequence);
        bytes[5] = 0;
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Between 0 and 40 responses per campaign, adjusted to the exact total.</summary>
    private int[] ResponsesPerCampaign()
    {
        var counts = Enumerable.Range(0, scale.Campaigns).Select(_ => _random.Next(41)).ToArray();
        var missing = scale.Responses - counts.Sum();
        while (missing != 0)
        {
            var i = _random.Next(counts.Length);
            if (missing > 0)
            {
                counts[i]++;
                missing--;
            }
            else if (counts[i] > 0)
            {
                counts[i]--;
                missing++;
            }
        }

        return counts;
    }

    /// <summary>For 0 to 5 free texts, <see cref="TemplatesPerCount"/> complete responses answered at random through the domain.</summary>
    private Template[][] Templates(QuestionnaireDefinition definition, Guid versionId)
    {
        var texts = VerbatimTexts();
        var analysed = new Dictionary<string, AnalysedText>();
        var freeTextQuestions = definition.Questions.Where(q => q.Kind == QuestionKind.FreeText).Select(q => q.Key).ToList();
        var byCount = new Template[freeTextQuestions.Count + 1][];
        for (var k = 0; k <= freeTextQuestions.Count; k++)
        {
            byCount[k] = new Template[TemplatesPerCount];
            for (var t = 0; t < TemplatesPerCount; t++)
            {
                var filled = freeTextQuestions.OrderBy(_ => _random.Next()).Take(k).ToHashSet();
                var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                var response = Response.Start(Guid.Empty, versionId, "", null, now);
                foreach (var question in definition.Questions)
                {
                    BuildingBlocks.Result<Answer> answer;
                    do
                    {
                        answer = definition.ValidateAnswer(question.Key, Input(question, filled.Contains(question.Key) ? texts[_random.Next(texts.Count)] : null));
                    }
                    while (!answer.IsSuccess);

                    Check(response.Save(definition, answer.Value, false, now = now.AddSeconds(20)));
                }

                Check(response.Complete(definition, new SuspicionRules(), 0, now));
                var valid = response.ValidAnswers(definition);
                var chosen = valid.SelectMany(a => a.ChosenValues.Select(v => (a.QuestionKey, v.ItemKey, v.Value))).ToList();
                var free = valid.OfType<FreeTextAnswer>().Select(a => new TemplateText(
                    a.QuestionKey, definition.FindQuestion(a.QuestionKey)!.Label,
                    analysed.TryGetValue(a.Text, out var known) ? known : analysed[a.Text] = Analyse(a.Text))).ToList();
                var countedJson = JsonSerializer.Serialize(chosen.Distinct().Select(c => new { c.QuestionKey, ItemKey = c.ItemKey ?? "", c.Value }), Json);
                byCount[k][t] = new Template(response.AnswersJson, response.Revision, ResponseChoice.AllOf(Guid.Empty, Guid.Empty, chosen), free, countedJson);
            }
        }

        return byCount;
    }

    private AnswerInput Input(Question question, string? text)
    {
        var options = question.Options.Select(o => o.Key).ToList();
        var scale = new[] { "mauvais", "moyen", "bien" };
        return question.Kind switch
        {
            QuestionKind.SingleChoice => new([options[_random.Next(options.Count)]]),
            QuestionKind.MultipleChoice when !question.Required && _random.Next(4) == 0 => AnswerInput.Empty,
            QuestionKind.MultipleChoice => new(options.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(3, question.MaxSelections ?? 3) + 1)).ToList()),
            QuestionKind.Ranking => new(options.OrderBy(_ => _random.Next()).ToList()),
            QuestionKind.EmojiScale => new([scale[_random.Next(3)]]),
            QuestionKind.ItemScale => new([], question.Items.ToDictionary(i => i.Key, _ => scale[_random.Next(3)])),
            QuestionKind.Number => new([_random.Next(question.Min ?? 0, Math.Min(question.Max ?? 60, 60) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            QuestionKind.FreeText => text is null ? AnswerInput.Empty : new([text]),
            _ => throw new NotSupportedException(question.Kind.ToString()),
        };
    }

    /// <summary>The project's hand-written apprentice verbatims (the pre-moderation's labelled sets).</summary>
    private static List<string> VerbatimTexts() =>
        Directory.GetFiles(AppContext.BaseDirectory, "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .Where(text => text.Trim().Length >= 20)
            .ToList();

    /// <summary>What <c>OnResponseCompleted</c> stores for a free text: the pre-moderation's anonymised text, flags and themes.</summary>
    private static AnalysedText Analyse(string text)
    {
        var analysis = PreModerator.Analyse(text);
        return new AnalysedText(
            text, analysis.AnonymisedText,
            JsonSerializer.Serialize(analysis.Flags.Select(f => new { Kind = f.Kind.ToString(), Severity = f.Severity.ToString(), f.Excerpt, f.Reason }), Json),
            Spaced(analysis.Flags.Select(f => f.Kind.ToString())), Spaced(analysis.Themes.Select(t => t.Theme.ToString())),
            analysis.Flags.Any(f => f.Kind == FlagKind.Alert) ? VerbatimPriority.Alert
            : analysis.Flags.Any(f => f.Kind == FlagKind.Threat || (f.Kind == FlagKind.Insult && f.Severity == FlagSeverity.High)) ? VerbatimPriority.Serious
            : VerbatimPriority.Ordinary);
    }

    private static string Spaced(IEnumerable<string> words)
    {
        var list = words.Distinct().ToList();
        return list.Count == 0 ? "" : " " + string.Join(' ', list) + " ";
    }

    private static void Check(BuildingBlocks.Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }

    /// <param name="Priority">As the moderation queue orders it (alerts, then threats and high-severity insults).</param>
    private sealed record AnalysedText(string Original, string Anonymised, string FlagsJson, string FlagKinds, string Themes, VerbatimPriority Priority);

    private sealed record TemplateText(string QuestionKey, string QuestionLabel, AnalysedText Text);

    private sealed record Template(string AnswersJson, int Revision, IReadOnlyList<ResponseChoice> Choices, IReadOnlyList<TemplateText> FreeTexts, string CountedJson);
}
