using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Privacy;

/// <summary>Bound from <c>Retention</c>: how long accounts and the administrators' audit entries are kept.</summary>
public sealed class AccountRetentionOptions
{
    /// <summary>The confirmation link is valid 48 hours; the address is kept a few more days for a new link.</summary>
    public int UnconfirmedAccountsDays { get; set; } = 7;

    /// <summary>Since the last sign-in (or the activation, or the sign-up when neither happened).</summary>
    public int InactiveAccountsDays { get; set; } = 730;

    public int AuditEntriesDays { get; set; } = 365;
}

/// <summary>
/// Deletes, in batches, accounts never confirmed and accounts left unused (their SIRET links go with them, by the
/// foreign key's cascade; administrators are never deleted here), then the audit entries past their delay.
/// </summary>
internal sealed class PurgeAccountsHandler(IEstablishmentsDb db, AccountRetentionOptions options, TimeProvider clock, IJobProgress progress)
    : IRequestHandler<PurgeAccounts, int>
{
    private const int BatchSize = 500;

    public async Task<int> Handle(PurgeAccounts command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unconfirmedBefore = now.AddDays(-options.UnconfirmedAccountsDays);
        var unusedBefore = now.AddDays(-options.InactiveAccountsDays);
        var due = db.Accounts.Where(a =>
            (a.Status == AccountStatus.AwaitingEmailConfirmation && !a.EmailConfirmed && a.CreatedAtUtc < unconfirmedBefore)
            || (a.Role != AccountRole.Administrator && (a.LastSignInAtUtc ?? a.ActivatedAtUtc ?? a.CreatedAtUtc) < unusedBefore));
        progress.SetTotal(await due.CountAsync(cancellationToken));
        var deleted = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = await due.OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                var auditBefore = now.AddDays(-options.AuditEntriesDays);
                await db.AuditEntries.Where(e => e.AtUtc < auditBefore).ExecuteDeleteAsync(cancellationToken);
                return deleted;
            }

            await db.AccountNotifications.Where(n => ids.Contains(n.AccountId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Accounts.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            progress.Report(deleted);
        }
    }
}

internal sealed class DeleteOwnAccountValidator : AbstractValidator<DeleteOwnAccount>
{
    public DeleteOwnAccountValidator() =>
        RuleFor(c => c.Password).NotEmpty().WithMessage("Indiquez votre mot de passe pour confirmer la suppression.");
}

/// <summary>
/// The holder's own deletion: the account row (names, address, password hash, SIRET links, scope) and its
/// notification markers are deleted; an audit entry keeps only the account's id, the date and the action.
/// </summary>
internal sealed class DeleteOwnAccountHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock) : IRequestHandler<DeleteOwnAccount, Result>
{
    public async Task<Result> Handle(DeleteOwnAccount command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == command.AccountId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        if (account.Role == AccountRole.Administrator)
        {
            return Error.Conflict("account.administrator", "Un compte administrateur ne peut pas être supprimé depuis cet espace : demandez-le à l’équipe Sirius.");
        }

        if (!await security.IsPasswordValidAsync(account, command.Password))
        {
            return new Error("account.wrong_password", "Le mot de passe est incorrect.", ErrorKind.Invalid, "password");
        }

        db.AccountNotifications.RemoveRange(await db.AccountNotifications.Where(n => n.AccountId == account.Id).ToListAsync(cancellationToken));
        db.Accounts.Remove(account);
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, account.Id, account.Id, "suppression du compte par son titulaire", RoleNames.Of(account.Role)));
        return Result.Success();
    }
}
