using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

public enum QuestionnaireVersionStatus
{
    /// <summary>Being written: may be edited, and may hold a definition that does not parse yet.</summary>
    Draft,

    /// <summary>Checked and usable by campaigns; frozen for good once it has answers.</summary>
    Validated,
}

/// <summary>
/// A numbered version of the questionnaire. Administrators write a draft, validate it (its definition must be
/// valid), and duplicate it to start the next version. A validated version that has received answers never
/// changes again: results must keep meaning what respondents answered. The definition is kept as its JSON text.
/// </summary>
public sealed class QuestionnaireVersion
{
    private (string Json, Result<QuestionnaireDefinition> Result)? _parsed;

    private QuestionnaireVersion()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… shown as « Version 3 »; unique (the caller picks the next one).</summary>
    public int Number { get; private set; }

    public QuestionnaireVersionStatus Status { get; private set; }

    /// <summary>The definition as the administrator wrote it (a draft's may not parse yet).</summary>
    public string DefinitionJson { get; private set; } = "";

    /// <summary>The version this one was duplicated from, if any.</summary>
    public Guid? DuplicatedFromId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? ValidatedAtUtc { get; private set; }

    /// <summary>When the first answer was recorded; from then on the version is immutable.</summary>
    public DateTime? FirstAnsweredAtUtc { get; private set; }

    public bool IsDraft => Status == QuestionnaireVersionStatus.Draft;

    public bool HasAnswers => FirstAnsweredAtUtc is not null;

    /// <summary>The parsed definition, or the first problem of a draft's text. Always a success for a validated version.</summary>
    public Result<QuestionnaireDefinition> Definition
    {
        get
        {
            if (_parsed is not { } parsed || !ReferenceEquals(parsed.Json, DefinitionJson))
            {
                parsed = (DefinitionJson, QuestionnaireDefinition.Parse(DefinitionJson));
                _parsed = parsed;
            }

            return parsed.Result;
        }
    }

    /// <summary>Starts a draft. Its text may still contain errors: they are listed by <see cref="QuestionnaireDefinition.FindErrors"/> and block <see cref="Validate"/>.</summary>
    public static Result<QuestionnaireVersion> CreateDraft(int number, string definitionJson, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        if (number < 1)
        {
            return new Error("questionnaire_version.invalid_number", "Le numéro de version doit être supérieur ou égal à 1.", ErrorKind.Invalid, nameof(Number));
        }

        if (CheckLength(definitionJson) is { } tooLong)
        {
            return tooLong;
        }

        return new QuestionnaireVersion
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            Status = QuestionnaireVersionStatus.Draft,
            DefinitionJson = definitionJson,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    /// <summary>Whether this version may still change (be edited, returned to draft or deleted): not once validated and answered.</summary>
    public Result EnsureCanChange() =>
        Status == QuestionnaireVersionStatus.Validated && HasAnswers
            ? Error.Conflict(
                "questionnaire_version.immutable",
                $"La version {Number} a déjà reçu des réponses : elle ne peut plus être modifiée. Dupliquez-la pour préparer une nouvelle version.")
            : Result.Success();

    /// <summary>Replaces the definition of a draft.</summary>
    public Result Edit(string definitionJson, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        var canChange = EnsureCanChange();
        if (!canChange.IsSuccess)
        {
            return canChange;
        }

        if (Status != QuestionnaireVersionStatus.Draft)
        {
            return Error.Conflict(
                "questionnaire_version.not_draft",
                $"La version {Number} est validée : repassez-la en brouillon ou dupliquez-la pour la modifier.");
        }

        if (CheckLength(definitionJson) is { } tooLong)
        {
            return tooLong;
        }

        DefinitionJson = definitionJson;
        UpdatedAtUtc = nowUtc;
        return Result.Success();
    }

    /// <summary>Draft → Validated, provided the definition is valid (the error is its first problem).</summary>
    public Result Validate(DateTime nowUtc)
    {
        if (Status != QuestionnaireVersionStatus.Draft)
        {
            return Error.Conflict("questionnaire_version.already_validated", $"La version {Number} est déjà validée.");
        }

        var definition = Definition;
        if (!definition.IsSuccess)
        {
            return definition.Error!;
        }

        Status = QuestionnaireVersionStatus.Validated;
        ValidatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        return Result.Success();
    }

    /// <summary>Validated → Draft, to fix a version nobody has answered yet.</summary>
    public Result ReturnToDraft(DateTime nowUtc)
    {
        var canChange = EnsureCanChange();
        if (!canChange.IsSuccess)
        {
            return canChange;
        }

        if (Status == QuestionnaireVersionStatus.Draft)
        {
            return Error.Conflict("questionnaire_version.already_draft", $"La version {Number} est déjà un brouillon.");
        }

        Status = QuestionnaireVersionStatus.Draft;
        ValidatedAtUtc = null;
        UpdatedAtUtc = nowUtc;
        return Result.Success();
    }

    /// <summary>
    /// Notes that a respondent answered this version (call it for every response; only the first one counts).
    /// Only a validated version can be answered.
    /// </summary>
    public Result RecordAnswer(DateTime nowUtc)
    {
        if (Status != QuestionnaireVersionStatus.Validated)
        {
            return Error.Conflict("questionnaire_version.not_validated", $"La version {Number} n’est pas validée : elle ne peut pas recevoir de réponses.");
        }

        FirstAnsweredAtUtc ??= nowUtc;
        return Result.Success();
    }

    /// <summary>A new draft with the same definition, numbered <paramref name="nextNumber"/> (the caller's highest number + 1).</summary>
    public Result<QuestionnaireVersion> Duplicate(int nextNumber, DateTime nowUtc)
    {
        if (nextNumber <= Number)
        {
            return new Error(
                "questionnaire_version.invalid_number",
                $"La copie doit porter un numéro supérieur à celui de la version {Number}.",
                ErrorKind.Invalid,
                nameof(Number));
        }

        var copy = CreateDraft(nextNumber, DefinitionJson, nowUtc);
        if (copy.IsSuccess)
        {
            copy.Value.DuplicatedFromId = Id;
        }

        return copy;
    }

    private static Error? CheckLength(string definitionJson) =>
        definitionJson.Length > QuestionnaireLimits.DefinitionMaxLength
            ? new Error(
                "questionnaire_version.too_long",
                $"La définition dépasse {QuestionnaireLimits.DefinitionMaxLength} caractères ({definitionJson.Length}).",
                ErrorKind.Invalid,
                nameof(DefinitionJson))
            : null;
}
