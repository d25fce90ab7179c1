using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal sealed class SignUpValidator : AbstractValidator<SignUp>
{
    public SignUpValidator()
    {
        RuleFor(c => c.FirstName).Must(HasText).WithMessage("Indiquez votre prénom.")
            .MaximumLength(100).WithMessage("Le prénom ne peut dépasser 100 caractères.");
        RuleFor(c => c.LastName).Must(HasText).WithMessage("Indiquez votre nom.")
            .MaximumLength(100).WithMessage("Le nom ne peut dépasser 100 caractères.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Indiquez votre adresse électronique professionnelle.")
            .MaximumLength(254).WithMessage("L’adresse électronique est trop longue.")
            .EmailAddress().WithMessage("L’adresse électronique n’est pas valide (exemple : nom@cfa.fr).");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Choisissez un mot de passe.")
            .MaximumLength(128).WithMessage("Le mot de passe ne peut dépasser 128 caractères.");
        When(c => c.RepresentsCfa, () =>
        {
            RuleFor(c => c.Sirets).NotEmpty().WithMessage("Indiquez au moins un SIRET de votre établissement.")
                .Must(s => s.Count <= 20).WithMessage("20 SIRET au plus.");
            RuleForEach(c => c.Sirets).Must(Siret.IsValid)
                .WithMessage((_, siret) => $"Le SIRET « {siret} » doit comporter 14 chiffres et une clé de contrôle valide.");
        }).Otherwise(() =>
            RuleFor(c => c.Comment).Must(HasText).WithMessage("Précisez qui vous êtes et pourquoi vous demandez un compte.")
                .MaximumLength(1000).WithMessage("Le commentaire ne peut dépasser 1 000 caractères."));
    }

    /// <summary>Something readable is left once control and format characters are removed (as the account stores it).</summary>
    private static bool HasText(string? text) => PlainText.Line(text).Length > 0;
}

internal sealed class SignUpHandler(IEstablishmentsDb db, IAccountSecurity security, TimeProvider clock) : IRequestHandler<SignUp, Result>
{
    public async Task<Result> Handle(SignUp command, CancellationToken cancellationToken)
    {
        // A known address takes the same path as a new one, checks and hashing included, up to the last write: neither
        // the answer nor its time tells whether the address has an account (ADR 0019).
        var now = clock.GetUtcNow().UtcDateTime;
        var sirets = command.RepresentsCfa ? command.Sirets.Select(s => Siret.Parse(s).Value).Distinct().ToList() : [];
        var known = await db.Establishments.Where(e => sirets.Contains(e.Siret)).Select(e => e.Siret).ToListAsync(cancellationToken);
        var unknown = sirets.Except(known).ToList();
        if (unknown.Count > 0)
        {
            return new Error(
                "account.unknown_siret",
                $"Le SIRET {string.Join(", ", unknown)} ne figure pas dans le référentiel des établissements de formation en apprentissage.",
                ErrorKind.Invalid,
                "sirets");
        }

        var account = Account.SignUp(command.Email, command.FirstName, command.LastName, sirets, command.RepresentsCfa ? null : command.Comment, now);
        var password = await security.SetPasswordAsync(account, command.Password);
        if (!password.IsSuccess)
        {
            return password;
        }

        var existing = await db.Accounts.Where(a => a.NormalizedEmail == account.NormalizedEmail).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            db.Publish(new SignUpAttemptedForExistingAccount(Guid.CreateVersion7(), now, existingId));
            return Result.Success();
        }

        db.Accounts.Add(account);
        db.Publish(new AccountRegistered(Guid.CreateVersion7(), now, account.Id));
        return Result.Success();
    }
}
