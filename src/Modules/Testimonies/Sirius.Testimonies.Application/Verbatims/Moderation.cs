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
        (nameof(FlagKind.Email), "Adresse électronique"),
        (nameof(FlagKind.Phone), "Téléphone"),
        (nameof(FlagKind.Url), "Adresse web"),
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

internal sealed class ModerationHandlers(ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock) :
    IRequestHandler<ModerateVerbatims, Result>,
    IRequestHandler<AcceptSuggestions, Result>,
    IRequestHandler<EditVerbatimText, Result>
{
    public Task<Result> Handle(ModerateVerbatims command, CancellationToken cancellationToken) =>
        DecideAsync(command.VerbatimIds, StatusNames.Parse(command.Status)!.Value, command.Reason, cancellationToken);

    public Task<Result> Handle(AcceptSuggestions command, CancellationToken cancellationToken) =>
        DecideAsync(command.VerbatimIds, VerbatimStatus.Validated, null, cancellationToken);

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

    private async Task<Result> DecideAsync(IReadOnlyList<Guid> ids, VerbatimStatus status, string? reason, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        var verbatims = await db.Verbatims.Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
        if (verbatims.Count != ids.Distinct().Count())
        {
            return Error.NotFound("verbatim.unknown", "Un des verbatims sélectionnés n’existe pas.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var verbatim in verbatims)
        {
            var before = verbatim.Status;
            var decided = verbatim.Decide(status, reason, now);
            if (!decided.IsSuccess)
            {
                return decided;
            }

            if (!verbatim.Discarded)
            {
                await db.MoveAsync(verbatim, before, status, cancellationToken);
            }

            db.Publish(new VerbatimModerated(
                Guid.CreateVersion7(), now, verbatim.Id, verbatim.ResponseId, verbatim.CampaignId, verbatim.FormateurSiret,
                StatusNames.Of(status), verbatim.ThemeNames, status == VerbatimStatus.Gem));
        }

        var keys = verbatims.Where(v => v.IsPublished).Select(v => v.FormationKey).Distinct().ToList();
        var responses = await db.FormationResponses.AsNoTracking().Where(f => keys.Contains(f.FormationKey))
            .ToDictionaryAsync(f => f.FormationKey, f => f.Responses, cancellationToken);
        await FirstPublications.RecordAsync(db, threshold, verbatims, responses, now, cancellationToken);
        return Result.Success();
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
    }
}

internal sealed class AcceptSuggestionsValidator : AbstractValidator<AcceptSuggestions>
{
    public AcceptSuggestionsValidator() =>
        RuleFor(c => c.VerbatimIds).NotEmpty().WithMessage("Sélectionnez au moins un verbatim.")
            .Must(ids => ids.Count <= 200).WithMessage("Sélectionnez au plus 200 verbatims à la fois.");
}

internal sealed class EditVerbatimTextValidator : AbstractValidator<EditVerbatimText>
{
    public EditVerbatimTextValidator() =>
        RuleFor(c => c.Text).NotEmpty().WithMessage("Le texte anonymisé ne peut pas être vide.")
            .MaximumLength(Verbatim.MaxTextLength).WithMessage($"Le texte ne doit pas dépasser {Verbatim.MaxTextLength} caractères.");
}

internal sealed class GetModerationQueueHandler(ITestimoniesDb db) : IRequestHandler<GetModerationQueue, ModerationQueue>
{
    public async Task<ModerationQueue> Handle(GetModerationQueue query, CancellationToken cancellationToken)
    {
        var filtered = db.Verbatims.AsNoTracking().Where(v => !v.Discarded);
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
        var inStatus = filtered.Where(v => v.Status == status);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var rows = await inStatus.OrderBy(v => v.ReceivedAtUtc).ThenBy(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var edits = await db.VerbatimEdits.AsNoTracking().Where(e => ids.Contains(e.VerbatimId)).OrderBy(e => e.EditedAtUtc).ToListAsync(cancellationToken);

        return new ModerationQueue(
            ModerationStatuses.All.Select(s => new StatusCount(s.Value, s.Label,
                counts.FirstOrDefault(c => StatusNames.Of(c.Key) == s.Value)?.Count ?? 0)).ToList(),
            rows.Select(v => new ModerationItem(
                v.Id, v.FormateurSiret, v.FormationKey, v.QuestionKey, v.QuestionLabel, v.OriginalText, v.AnonymisedText,
                (JsonSerializer.Deserialize<List<StoredFlag>>(v.FlagsJson) ?? []).Select(f => new FlagView(f.Kind, FlagLabels.Label(f.Kind), f.Excerpt, f.Reason)).ToList(),
                ThemeLabels.Of(v.ThemeNames),
                StatusNames.Of(v.Status), v.RejectionReason, v.ReceivedAtUtc,
                edits.Where(e => e.VerbatimId == v.Id).Select(e => new TextEditView(e.PreviousText, e.NewText, e.EditedAtUtc)).ToList())).ToList(),
            await inStatus.CountAsync(cancellationToken),
            page,
            pageSize,
            FlagLabels.All);
    }
}

internal static class ThemeLabels
{
    public static IReadOnlyList<string> Of(IEnumerable<string> themeNames) =>
        themeNames.Select(n => Enum.TryParse<ModerationTheme>(n, out var theme) ? ModerationThemes.Label(theme) : n).ToList();
}
