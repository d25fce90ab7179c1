using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application.Establishments;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

/// <summary>
/// Administrator actions on accounts (the pipeline has checked the actor is an active administrator): each changes
/// the account and writes an audit entry in the same unit of work.
/// </summary>
internal sealed class AdminHandlers(IEstablishmentsDb db, IReferenceNames reference, TimeProvider clock) :
    IRequestHandler<ActivateAccount, Result>,
    IRequestHandler<DeactivateAccount, Result>,
    IRequestHandler<ChangeAccountRole, Result>,
    IRequestHandler<AttachSiret, Result>,
    IRequestHandler<DetachSiret, Result>,
    IRequestHandler<SetObserverScope, Result>
{
    public Task<Result> Handle(ActivateAccount command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "activation", null, account =>
        {
            var activated = account.Activate(Now);
            if (activated.IsSuccess)
            {
                db.Publish(new AccountActivated(Guid.CreateVersion7(), Now, account.Id, RoleNames.Of(account.Role),
                    account.Establishments.Select(e => e.Siret).ToList()));
            }

            return Task.FromResult(activated);
        }, cancellationToken);

    public Task<Result> Handle(DeactivateAccount command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "désactivation", null, account =>
        {
            if (account.Id == command.ActorId)
            {
                return Task.FromResult<Result>(new Error("account.self", "Vous ne pouvez pas désactiver votre propre compte.", ErrorKind.Conflict));
            }

            account.Deactivate();
            return Task.FromResult(Result.Success());
        }, cancellationToken);

    public Task<Result> Handle(ChangeAccountRole command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "changement de rôle", command.Role, account =>
        {
            if (RoleNames.Parse(command.Role) is not { } role)
            {
                return Task.FromResult<Result>(new Error("account.role", "Rôle inconnu.", ErrorKind.Invalid, "role"));
            }

            account.ChangeRole(role);
            return Task.FromResult(Result.Success());
        }, cancellationToken);

    public Task<Result> Handle(AttachSiret command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "ajout de SIRET", command.Siret, async account =>
        {
            if (!Siret.TryParse(command.Siret, out var siret))
            {
                return new Error("account.siret", "Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.", ErrorKind.Invalid, "siret");
            }

            if (!await db.Establishments.AnyAsync(e => e.Siret == siret.Value, cancellationToken))
            {
                return new Error("account.unknown_siret", $"Le SIRET {siret} ne figure pas dans le référentiel.", ErrorKind.Invalid, "siret");
            }

            return account.AttachSiret(siret.Value)
                ? Result.Success()
                : new Error("account.siret_attached", "Ce SIRET est déjà rattaché au compte.", ErrorKind.Conflict, "siret");
        }, cancellationToken);

    public Task<Result> Handle(DetachSiret command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "retrait de SIRET", command.Siret, account =>
            Task.FromResult(account.DetachSiret(command.Siret)
                ? Result.Success()
                : Error.NotFound("account.siret_missing", "Ce SIRET n’est pas rattaché au compte.")), cancellationToken);

    public Task<Result> Handle(SetObserverScope command, CancellationToken cancellationToken) =>
        Act(command.ActorId, command.AccountId, "périmètre d’observation", $"{command.Kind} {command.Codes}", account =>
        {
            var scope = ScopeParser.Parse(command.Kind, command.Codes, reference.Names);
            if (!scope.IsSuccess)
            {
                return Task.FromResult<Result>(scope.Error!);
            }

            account.SetScope(scope.Value);
            return Task.FromResult(Result.Success());
        }, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Result> Act(Guid actorId, Guid accountId, string action, string? details, Func<Account, Task<Result>> change, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Include(a => a.Establishments).FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("account.not_found", "Compte introuvable.");
        }

        var result = await change(account);
        if (result.IsSuccess)
        {
            db.AuditEntries.Add(AuditEntry.Record(Now, actorId, accountId, action, details));
        }

        return result;
    }
}

internal static class ScopeParser
{
    public static Result<ObserverScope> Parse(string kind, string? codes, ReferenceNames names)
    {
        var values = (codes ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        ScopeKind? parsed = kind switch
        {
            ScopeKinds.National => ScopeKind.National,
            ScopeKinds.Region => ScopeKind.Region,
            ScopeKinds.Department => ScopeKind.Department,
            ScopeKinds.Sirets => ScopeKind.Sirets,
            ScopeKinds.Opco => ScopeKind.Opco,
            _ => null,
        };
        if (parsed is not { } scopeKind)
        {
            return new Error("scope.kind", "Type de périmètre inconnu.", ErrorKind.Invalid, "kind");
        }

        if (scopeKind == ScopeKind.National)
        {
            return ObserverScope.National;
        }

        if (values.Length == 0)
        {
            return new Error("scope.codes", "Indiquez au moins un code pour ce périmètre.", ErrorKind.Invalid, "codes");
        }

        values = values.Select(v => v.ToUpperInvariant()).Distinct().ToArray();
        var invalid = scopeKind switch
        {
            ScopeKind.Region => values.FirstOrDefault(v => !names.Regions.ContainsKey(v)),
            ScopeKind.Department => values.FirstOrDefault(v => !names.Departments.ContainsKey(v)),
            ScopeKind.Sirets => values.FirstOrDefault(v => !Siret.IsValid(v)),
            _ => values.FirstOrDefault(v => !v.StartsWith("RNCP", StringComparison.Ordinal)),
        };
        return invalid is null
            ? new ObserverScope(scopeKind, values)
            : new Error("scope.codes", scopeKind switch
            {
                ScopeKind.Region => $"« {invalid} » n’est pas le code INSEE d’une région (par exemple 84 pour Auvergne-Rhône-Alpes).",
                ScopeKind.Department => $"« {invalid} » n’est pas le code INSEE d’un département (par exemple 69 pour le Rhône, 2A pour la Corse-du-Sud).",
                _ => $"Code invalide pour ce périmètre : « {invalid} ».",
            }, ErrorKind.Invalid, "codes");
    }

    public static string KindName(ScopeKind kind) => kind switch
    {
        ScopeKind.National => ScopeKinds.National,
        ScopeKind.Region => ScopeKinds.Region,
        ScopeKind.Department => ScopeKinds.Department,
        ScopeKind.Sirets => ScopeKinds.Sirets,
        _ => ScopeKinds.Opco,
    };
}
