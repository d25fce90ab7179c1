using System.Text.Json;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Domain.Responses;

public enum ResponseStatus
{
    /// <summary>Being answered: each step is saved as it is submitted.</summary>
    InProgress,

    /// <summary>Finished and counted against the campaign's seats.</summary>
    Completed,

    /// <summary>Finished, then discarded by an administrator: it leaves results and statistics.</summary>
    Discarded,
}

/// <summary>Why a completed response looks suspicious. Flags never block a response: administrators review them.</summary>
[Flags]
public enum SuspicionFlags
{
    None = 0,

    /// <summary>Finished faster than a reader could read the questions.</summary>
    TooFast = 1,

    /// <summary>Too few questions answered (optional ones all skipped).</summary>
    Incomplete = 2,

    /// <summary>The field hidden from people was filled: a robot answered.</summary>
    Honeypot = 4,

    /// <summary>Too many responses from the same network address in a short time.</summary>
    Rate = 8,
}

/// <summary>
/// An apprentice's anonymous response to one campaign. It exists from the first answer; every step is saved, so a
/// reload resumes at <see cref="NextStepIndex"/>. Questions are answered in order (an earlier one may be changed);
/// answering the last one completes the response, which then never changes. The respondent proves they own it with
/// a secret kept in their browser, of which only a hash is stored. Nothing here identifies a person.
/// </summary>
public sealed class Response
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private Dictionary<string, AnswerInput>? _answers;

    private Response()
    {
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>SHA-256 of the respondent's secret, hexadecimal.</summary>
    public string SecretHash { get; private set; } = "";

    /// <summary>A keyed hash of the network address, for the rate flag only; never the address itself.</summary>
    public string? AddressHash { get; private set; }

    public ResponseStatus Status { get; private set; }

    /// <summary>
    /// Started through a personal invitation link: a boolean, nothing more — the response never learns which
    /// invitation (see docs/rgpd.md).
    /// </summary>
    public bool Verified { get; private set; }

    /// <summary>Question key → the answer as it would be posted again (validated, normalised), as JSON.</summary>
    public string AnswersJson { get; private set; } = "{}";

    public DateTime StartedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public int? DurationSeconds { get; private set; }

    /// <summary>Free-text questions answered (for the free-text answer rate).</summary>
    public int FreeTextCount { get; private set; }

    public SuspicionFlags Flags { get; private set; }

    /// <summary>When an administrator kept or discarded the flagged response.</summary>
    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>When the free texts of the finished response were erased (see <see cref="ErasePersonalData"/>).</summary>
    public DateTime? PersonalDataErasedAtUtc { get; private set; }

    /// <summary>Raised by every change: two submissions of the same state cannot both be saved.</summary>
    public int Revision { get; private set; }

    public bool IsFlagged => Flags != SuspicionFlags.None;

    public IReadOnlyDictionary<string, AnswerInput> Answers =>
        _answers ??= JsonSerializer.Deserialize<Dictionary<string, AnswerInput>>(AnswersJson, Json) ?? [];

    public static Response Start(Guid campaignId, Guid versionId, string secretHash, string? addressHash, DateTime nowUtc, bool verified = false) => new()
    {
        Id = Guid.CreateVersion7(),
        CampaignId = campaignId,
        VersionId = versionId,
        SecretHash = secretHash,
        AddressHash = addressHash,
        Status = ResponseStatus.InProgress,
        Verified = verified,
        StartedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>The first step without an answer (the number of steps once all are answered).</summary>
    public int NextStepIndex(QuestionnaireDefinition definition) =>
        definition.Steps.FirstOrDefault(s => !Answers.ContainsKey(s.Question.Key))?.Index ?? definition.Steps.Count;

    /// <summary>Records the answer to one step, reached in order; the honeypot, once filled, flags the response for good.</summary>
    public Result Save(QuestionnaireDefinition definition, Answer answer, bool honeypotFilled, DateTime nowUtc)
    {
        if (Status != ResponseStatus.InProgress)
        {
            return Error.Conflict("response.closed", "Ce questionnaire est déjà terminé : tes réponses ont été envoyées, elles ne peuvent plus être modifiées.");
        }

        var step = definition.FindStep(answer.QuestionKey)!;
        if (step.Index > NextStepIndex(definition))
        {
            return Error.Conflict("response.out_of_order", "Réponds aux questions dans l’ordre : une question précédente attend encore ta réponse.");
        }

        var answers = new Dictionary<string, AnswerInput>(Answers, StringComparer.Ordinal) { [answer.QuestionKey] = answer.ToInput() };
        AnswersJson = JsonSerializer.Serialize(answers, Json);
        _answers = answers;
        if (honeypotFilled)
        {
            Flags |= SuspicionFlags.Honeypot;
        }

        UpdatedAtUtc = nowUtc;
        Revision++;
        return Result.Success();
    }

    /// <summary>Every answer, validated again against the definition, in the order of the steps.</summary>
    public IReadOnlyList<Answer> ValidAnswers(QuestionnaireDefinition definition) =>
        definition.Steps
            .Where(s => Answers.ContainsKey(s.Question.Key))
            .Select(s => definition.ValidateAnswer(s.Question.Key, Answers[s.Question.Key]))
            .Where(r => r.IsSuccess)
            .Select(r => r.Value)
            .ToList();

    /// <summary>Finishes the response once every step has an answer, and flags it when it looks suspicious.</summary>
    public Result Complete(QuestionnaireDefinition definition, SuspicionRules rules, int recentFromSameAddress, DateTime nowUtc)
    {
        if (Status != ResponseStatus.InProgress)
        {
            return Error.Conflict("response.closed", "Ce questionnaire est déjà terminé : tes réponses ont été envoyées, elles ne peuvent plus être modifiées.");
        }

        if (NextStepIndex(definition) < definition.Steps.Count)
        {
            return Error.Conflict("response.unfinished", "Il reste des questions sans réponse : termine-les avant d’envoyer le questionnaire.");
        }

        var answers = ValidAnswers(definition);
        Status = ResponseStatus.Completed;
        CompletedAtUtc = nowUtc;
        DurationSeconds = (int)Math.Max(0, Math.Round((nowUtc - StartedAtUtc).TotalSeconds));
        FreeTextCount = answers.Count(a => a is FreeTextAnswer);
        Flags |= rules.Evaluate(DurationSeconds.Value, answers.Count(a => !a.IsSkipped), definition.Steps.Count, recentFromSameAddress);
        UpdatedAtUtc = nowUtc;
        Revision++;
        return Result.Success();
    }

    /// <summary>An administrator keeps a flagged response as it is.</summary>
    public Result Keep(DateTime nowUtc)
    {
        if (Status != ResponseStatus.Completed)
        {
            return Error.Conflict("response.not_completed", "Seule une réponse terminée peut être examinée.");
        }

        ReviewedAtUtc = nowUtc;
        Revision++;
        return Result.Success();
    }

    /// <summary>An administrator discards a completed response: it leaves the results.</summary>
    public Result Discard(DateTime nowUtc)
    {
        if (Status != ResponseStatus.Completed)
        {
            return Error.Conflict("response.not_completed", "Seule une réponse terminée, et pas déjà écartée, peut être écartée.");
        }

        Status = ResponseStatus.Discarded;
        ReviewedAtUtc = nowUtc;
        Revision++;
        return Result.Success();
    }

    /// <summary>
    /// Erases, once the response is finished, what its author wrote in their own words: the free texts (handed to
    /// Testimonies at completion, where moderators keep the original for a while) and the « other: specify » texts.
    /// The closed answers, counted in the results, stay; so does the number of free texts answered.
    /// </summary>
    public void ErasePersonalData(QuestionnaireDefinition definition, DateTime nowUtc)
    {
        if (Status == ResponseStatus.InProgress)
        {
            return;
        }

        var answers = Answers.ToDictionary(
            a => a.Key,
            a => definition.FindQuestion(a.Key)?.Kind == QuestionKind.FreeText ? AnswerInput.Empty : a.Value with { FollowUp = null },
            StringComparer.Ordinal);
        AnswersJson = JsonSerializer.Serialize(answers, Json);
        _answers = answers;
        AddressHash = null;
        PersonalDataErasedAtUtc = nowUtc;
        Revision++;
    }
}
