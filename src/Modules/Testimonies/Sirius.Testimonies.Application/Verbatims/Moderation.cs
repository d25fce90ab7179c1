using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class StatusNames
{
    private static readonly Dictionary<string, VerbatimStatus> ByName = new()
    {
        [ModerationStatuses.Pending] = VerbatimStatus.Pending,
        [ModerationStatuses.Validated] = VerbatimStatus.Validated,
        [ModerationStatuses.ToFix] = VerbatimStatus.ToFix,
        [ModerationStatuses.Alert] = VerbatimStatus.Alert,
        [ModerationStatuses.Rejected] = VerbatimStatus.Rejected,
        [ModerationStatuses.Gem] = VerbatimStatus.Gem,
    };

    public static VerbatimStatus? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var status) ? status : null;

    public static string Of(VerbatimStatus status) => ByName.First(p => p.Value == status).Key;
}

internal static class FlagLabels
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (nameof(FlagKind.Alert), "Alerte"),
        (nameof(FlagKind.Email), "Adresse électronique"),
        (nameof(FlagKind.Phone), "Téléphone"),
        (nameof(FlagKind.Url), "Adresse web"),
        (nameof(FlagKind.Address), "Adresse postale"),
        (nameof(FlagKind.SocialHandle), "Pseudonyme de réseau social"),
        (nameof(FlagKind.FirstName), "Prénom"),
        (nameof(FlagKind.LastName), "Nom de famille"),
        (nameof(FlagKind.Vulgarity), "Grossièreté"),
        (nameof(FlagKind.Insult), "Insulte"),
        (nameof(FlagKind.Threat), "Menace"),
        (nameof(FlagKind.Gibberish), "Texte incompréhensible"),
        (nameof(FlagKind.TooShort), "Texte trop court"),
    ];

    public static string Label(string kind) => All.FirstOrDefault(f => f.Value == kind).Label ?? kind;
}

/// <summary>Alerts, threats and high-severity insults: they put a verbatim ahead in the queue and out of bulk publication.</summary>
internal static class SeriousFlags
{
    public static IReadOnlyList<string> Of(IEnumerable<StoredFlag> flags) =>
        flags.Where(f => f.Kind is nameof(FlagKind.Alert) or nameof(FlagKind.Threat) || (f.Kind == nameof(FlagKind.Insult) && f.Severity == nameof(FlagSeverity.High)))
            .Select(f => f.Kind).Distinct().ToList();

    public static IReadOnlyList<string> Of(Verbatim verbatim) => verbatim.IsSerious ? Of(StoredFlag.Read(verbatim.FlagsJson)) : [];

    public static VerbatimPriority Priority(IReadOnlyList<StoredFlag> flags)
    {
        var serious = Of(flags);
        return serious.Contains(nameof(FlagKind.Alert)) ? VerbatimPriority.Alert
            : serious.Count > 0 ? VerbatimPriority.Serious
            : VerbatimPriority.Ordinary;
    }

    public static string Labels(IEnumerable<string> kinds) => string.Join(", ", kinds.Select(k => $"« {FlagLabels.Label(k)} »"));
}

internal sealed class ModerationHandlers(ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock) :
    IRequestHandler<ModerateVerbatims, Result<ModerationOutcome>>,
    IRequestHandler<AcceptSuggestions, Result<ModerationOutcome>>,
    IRequestHandler<EditVerbatimText, Result>
{
    public Task<Result<ModerationOutcome>> Handle(ModerateVerbatims command, CancellationToken cancellationToken) =>
        DecideAsync(command.ModeratorId, command.VerbatimIds, StatusNames.Parse(command.Status)!.Value, command.Reason, command.ConfirmationReason, cancellationToken);

    public Task<Result<ModerationOutcome>> Handle(AcceptSuggestions command, CancellationToken cancellationToken) =>
        DecideAsync(command.ModeratorId, command.VerbatimIds, VerbatimStatus.Validated, null, command.ConfirmationReason, cancellationToken);

    public async Task<Result> Handle(EditVerbatimText command, CancellationToken cancellationToken)
    {
        if (await db.Verbatims.FindAsync([command.VerbatimId], cancellationToken) is not { } verbatim)
        {
            return Error.NotFound("verbatim.unknown", "Ce verbatim n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previous = verbatim.Edit(command.Text);
        if (previous != verbatim.AnonymisedText)
        {
            db.VerbatimEdits.Add(VerbatimEdit.Of(verbatim.Id, previous, verbatim.AnonymisedText, command.ModeratorId, now));
        }

        return Result.Success();
    }

    private async Task<Result<ModerationOutcome>> DecideAsync(
        Guid moderatorId, IReadOnlyList<Guid> ids, VerbatimStatus status, string? reason, string? confirmation, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        var verbatims = await db.Verbatims.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
        if (verbatims.Count != ids.Distinct().Count())
        {
            return Error.NotFound("verbatim.unknown", "Un des verbatims sélectionnés n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publishing = status is VerbatimStatus.Validated or VerbatimStatus.Gem;
        var skipped = new List<SkippedVerbatim>();
        var decided = new List<Verbatim>();
        foreach (var verbatim in verbatims)
        {
            var overridden = publishing && !verbatim.IsPublished ? SeriousFlags.Of(verbatim) : [];
            if (overridden.Count > 0 && verbatims.Count > 1)
            {
                skipped.Add(new SkippedVerbatim(verbatim.Id, verbatim.QuestionLabel, overridden.Select(FlagLabels.Label).ToList()));
                continue;
            }

            if (overridden.Count > 0 && string.IsNullOrWhiteSpace(confirmation))
            {
                return new Error(
                    "verbatim.confirmation",
                    $"Ce verbatim porte un signalement grave ({SeriousFlags.Labels(overridden)}) : pour le publier, confirmez en indiquant le motif.",
                    ErrorKind.Invalid,
                    "confirmation");
            }

            var before = verbatim.Status;
            var previousDecisionAtUtc = verbatim.ModeratedAtUtc;
            var result = verbatim.Decide(status, reason, now);
            if (!result.IsSuccess)
            {
                return result.Error!;
            }

            await db.CountModerationDelayAsync(verbatim, previousDecisionAtUtc, cancellationToken);

            if (!verbatim.Discarded)
            {
                await db.MoveAsync(verbatim, before, status, cancellationToken);
            }

            db.VerbatimEdits.Add(VerbatimEdit.Decision(verbatim.Id, status, overridden.Count > 0 ? confirmation : reason, overridden, moderatorId, now));
            db.Publish(new VerbatimModerated(
                Guid.CreateVersion7(), now, verbatim.Id, verbatim.ResponseId, verbatim.CampaignId, verbatim.FormateurSiret,
                StatusNames.Of(status), verbatim.ThemeNames, status == VerbatimStatus.Gem));
            decided.Add(verbatim);
        }

        var keys = decided.Where(v => v.IsPublished).Select(v => v.FormationKey).Distinct().ToList();
        var responses = await db.FormationResponses.AsNoTracking().Where(f => keys.Contains(f.FormationKey))
            .ToDictionaryAsync(f => f.FormationKey, f => f.Responses, cancellationToken);
        await FirstPublications.RecordAsync(db, threshold, decided, responses, now, cancellationToken);
        return new ModerationOutcome(decided.Count, skipped);
    }
}

internal sealed class ModerateVerbatimsValidator : AbstractValidator<ModerateVerbatims>
{
    public ModerateVerbatimsValidator()
    {
        RuleFor(c => c.VerbatimIds).NotEmpty().WithMessage("Sélectionnez au moins un verbatim.")
            .Must(ids => ids.Count <= 200).WithMessage("Sélectionnez au plus 200 verbatims à la fois.");
        RuleFor(c => c.Status).Must(s => StatusNames.Parse(s) is { } status && status != VerbatimStatus.Pending)
            .WithMessage("Choisissez un statut de modération.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status == ModerationStatuses.Rejected).WithMessage("Indiquez le motif du refus.")
            .MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
        RuleFor(c => c.ConfirmationReason).MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
    }
}

internal sealed class AcceptSuggestionsValidator : AbstractValidator<AcceptSuggestions>
{
    public AcceptSuggestionsValidator()
    {
        RuleFor(c => c.VerbatimIds).NotEmpty().WithMessage("Sélectionnez au moins un verbatim.")
            .Must(ids => ids.Count <= 200).WithMessage("Sélectionnez au plus 200 verbatims à la fois.");
        RuleFor(c => c.ConfirmationReason).MaximumLength(500).WithMessage("Le motif ne doit pas dépasser 500 caractères.");
    }
}

internal sealed class EditVerbatimTextValidator : AbstractValidator<EditVerbatimText>
{
    public EditVerbatimTextValidator() =>
        RuleFor(c => c.Text).Must(t => PlainText.Paragraphs(t).Length > 0).WithMessage("Le texte anonymisé ne peut pas être vide.")
            .MaximumLength(Verbatim.MaxTextLength).WithMessage($"Le texte ne doit pas dépasser {Verbatim.MaxTextLength} caractères.");
}

internal sealed class GetModerationQueueHandler(ITestimoniesDb db) : IRequestHandler<GetModerationQueue, ModerationQueue>
{
    public async Task<ModerationQueue> Handle(GetModerationQueue query, CancellationToken cancellationToken)
    {
        var filtered = db.Verbatims.AsNoTracking().Where(v => !v.Discarded);
        if (query.VerbatimId is { } verbatimId)
        {
            filtered = filtered.Where(v => v.Id == verbatimId);
        }

        if (!string.IsNullOrWhiteSpace(query.Siret))
        {
            filtered = filtered.Where(v => v.FormateurSiret == query.Siret.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.FormationKey))
        {
            filtered = filtered.Where(v => v.FormationKey == query.FormationKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.QuestionKey))
        {
            filtered = filtered.Where(v => v.QuestionKey == query.QuestionKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Flag))
        {
            var spaced = " " + query.Flag.Trim() + " ";
            filtered = filtered.Where(v => v.FlagKinds.Contains(spaced));
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            filtered = filtered.Where(v => v.ReceivedAtUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            filtered = filtered.Where(v => v.ReceivedAtUtc < end);
        }

        var counts = await filtered.GroupBy(v => v.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var status = StatusNames.Parse(query.Status) ?? VerbatimStatus.Pending;
        var inStatus = query.VerbatimId is null ? filtered.Where(v => v.Status == status) : filtered;
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var rows = await inStatus.OrderBy(v => v.Priority).ThenBy(v => v.ReceivedAtUtc).ThenBy(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var edits = await db.VerbatimEdits.AsNoTracking().Where(e => ids.Contains(e.VerbatimId)).OrderBy(e => e.EditedAtUtc).ToListAsync(cancellationToken);

        return new ModerationQueue(
            ModerationStatuses.All.Select(s => new StatusCount(s.Value, s.Label,
                counts.FirstOrDefault(c => StatusNames.Of(c.Key) == s.Value)?.Count ?? 0)).ToList(),
            rows.Select(v => Item(v, edits.Where(e => e.VerbatimId == v.Id))).ToList(),
            await inStatus.CountAsync(cancellationToken),
            page,
            pageSize,
            FlagLabels.All);
    }

    private static ModerationItem Item(Verbatim v, IEnumerable<VerbatimEdit> history)
    {
        var flags = StoredFlag.Read(v.FlagsJson);
        return new ModerationItem(
            v.Id, v.FormateurSiret, v.FormationKey, v.QuestionKey, v.QuestionLabel, v.OriginalText, v.AnonymisedText,
            flags.Select(f => new FlagView(
                f.Kind, FlagLabels.Label(f.Kind), f.Excerpt, f.Reason,
                Enum.TryParse<AlertCategory>(f.Alert, out var category) ? AlertCategories.Label(category) : null)).ToList(),
            ThemeLabels.Of(v.ThemeNames),
            StatusNames.Of(v.Status), v.RejectionReason, v.ReceivedAtUtc,
            history.Select(e => new HistoryEntry(
                e.EditedAtUtc, e.EditedBy, e.PreviousText, e.NewText, e.Status is { } status ? ModerationStatuses.Label(StatusNames.Of(status)) : null, e.Reason,
                (e.OverriddenFlags ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FlagLabels.Label).ToList())).ToList(),
            v.Priority == VerbatimPriority.Alert ? ModerationStatuses.Alert : null,
            SeriousFlags.Of(flags).Select(FlagLabels.Label).ToList());
    }
}

internal sealed class GetModerationOverviewHandler(ITestimoniesDb db) : IRequestHandler<GetModerationOverview, ModerationOverview>
{
    public async Task<ModerationOverview> Handle(GetModerationOverview query, CancellationToken cancellationToken)
    {
        var pending = db.Verbatims.AsNoTracking().Where(v => !v.Discarded && v.Status == VerbatimStatus.Pending);
        var counts = await pending.GroupBy(v => v.Priority == VerbatimPriority.Alert)
            .Select(g => new { Alert = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ModerationOverview(counts.Sum(c => c.Count), counts.Where(c => c.Alert).Sum(c => c.Count));
    }
}

internal static class ThemeLabels
{
    public static IReadOnlyList<string> Of(IEnumerable<string> themeNames) =>
        themeNames.Select(n => Enum.TryParse<ModerationTheme>(n, out var theme) ? ModerationThemes.Label(theme) : n).ToList();
}
