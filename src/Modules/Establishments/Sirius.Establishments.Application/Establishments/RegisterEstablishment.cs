using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class RegisterEstablishmentValidator : AbstractValidator<RegisterEstablishment>
{
    public RegisterEstablishmentValidator()
    {
        RuleFor(c => c.Siret).Must(Domain.Siret.IsValid)
            .WithMessage("Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.");
        RuleFor(c => c.Uai).Must(Domain.Uai.IsValid).When(c => !string.IsNullOrWhiteSpace(c.Uai))
            .WithMessage("L’UAI doit comporter 7 chiffres suivis de sa lettre de contrôle (exemple : 0690001A).");
        RuleFor(c => c.GestionnaireSiret).Must(Domain.Siret.IsValid).When(c => !string.IsNullOrWhiteSpace(c.GestionnaireSiret))
            .WithMessage("Le SIRET du gestionnaire doit comporter 14 chiffres et une clé de contrôle valide.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Le nom de l’établissement est obligatoire.")
            .MaximumLength(Establishment.NameMaxLength).WithMessage($"Le nom ne peut dépasser {Establishment.NameMaxLength} caractères.");
        RuleFor(c => c.Commune).NotEmpty().WithMessage("La commune est obligatoire.").MaximumLength(100);
        RuleFor(c => c.CommuneCode).Matches("^(\\d{5}|2[AB]\\d{3})$").WithMessage("Le code commune INSEE doit comporter 5 caractères.");
        RuleFor(c => c.PostalCode).Matches("^\\d{5}$").WithMessage("Le code postal doit comporter 5 chiffres.");
        RuleFor(c => c.DepartmentCode).Matches("^(\\d{2,3}|2[AB])$").WithMessage("Le code département est invalide.");
        RuleFor(c => c.RegionCode).Matches("^\\d{2}$").WithMessage("Le code région doit comporter 2 chiffres.");
        RuleFor(c => c.AcademyCode).Matches("^\\d{2}$").WithMessage("Le code académie doit comporter 2 chiffres.");
        RuleFor(c => c.Street).MaximumLength(250).WithMessage("L’adresse ne peut dépasser 250 caractères.");
    }
}

internal sealed class RegisterEstablishmentHandler(IEstablishmentsDb db, ICommuneDirectory communes, TimeProvider clock)
    : IRequestHandler<RegisterEstablishment, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RegisterEstablishment command, CancellationToken cancellationToken)
    {
        var siret = Siret.Parse(command.Siret);
        if (await db.Establishments.AnyAsync(e => e.Siret == siret.Value, cancellationToken))
        {
            return Error.Conflict("establishment.duplicate", "Un établissement avec ce SIRET existe déjà.", "siret");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var address = new EstablishmentAddress(
            command.Street, command.PostalCode, command.Commune, command.CommuneCode,
            command.DepartmentCode, command.RegionCode, command.AcademyCode);
        var centre = communes.Find(command.CommuneCode);
        var establishment = Establishment.Register(
            siret,
            string.IsNullOrWhiteSpace(command.Uai) ? null : Uai.Parse(command.Uai),
            command.Name,
            address,
            string.IsNullOrWhiteSpace(command.GestionnaireSiret) ? null : Siret.Parse(command.GestionnaireSiret),
            now,
            centre?.Latitude,
            centre?.Longitude);
        db.Establishments.Add(establishment);
        db.Publish(new EstablishmentRegistered(
            Guid.CreateVersion7(), now, establishment.Id, establishment.Siret, establishment.Uai, establishment.Name,
            address.Commune, address.CommuneCode, address.DepartmentCode, address.RegionCode, establishment.GestionnaireSiret,
            establishment.Latitude, establishment.Longitude));
        return establishment.Id;
    }
}
