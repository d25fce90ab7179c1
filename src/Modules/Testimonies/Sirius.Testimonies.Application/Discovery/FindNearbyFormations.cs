using System.Collections.Concurrent;
using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Discovery;

internal sealed class FindNearbyFormationsValidator : AbstractValidator<FindNearbyFormations>
{
    public FindNearbyFormationsValidator()
    {
        RuleFor(q => q.CommuneCode).NotEmpty().When(q => q.Latitude is null && q.Longitude is null).OverridePropertyName("commune")
            .WithMessage("Indiquez une commune (code INSEE) ou des coordonnées (lat et lon).");
        RuleFor(q => q.CommuneCode).Matches("^([0-9]{5}|2[AB][0-9]{3})$").When(q => !string.IsNullOrEmpty(q.CommuneCode)).OverridePropertyName("commune")
            .WithMessage("Le code commune INSEE comporte 5 caractères (exemple : 69123, 2A004).");
        RuleFor(q => q.Latitude).NotNull().When(q => q.Longitude is not null).OverridePropertyName("lat")
            .WithMessage("Indiquez la latitude avec la longitude.");
        RuleFor(q => q.Longitude).NotNull().When(q => q.Latitude is not null).OverridePropertyName("lon")
            .WithMessage("Indiquez la longitude avec la latitude.");
        RuleFor(q => q.Latitude).InclusiveBetween(-90, 90).OverridePropertyName("lat")
            .WithMessage("La latitude est comprise entre -90 et 90 degrés.");
        RuleFor(q => q.Longitude).InclusiveBetween(-180, 180).OverridePropertyName("lon")
            .WithMessage("La longitude est comprise entre -180 et 180 degrés.");
        RuleFor(q => q.RadiusKm).GreaterThan(0).LessThanOrEqualTo(NearbyLimits.MaxRadiusKm).OverridePropertyName("radius_km")
            .WithMessage($"Le rayon est compris entre 0 (exclu) et {NearbyLimits.MaxRadiusKm.ToString(CultureInfo.InvariantCulture)} km.");
        RuleFor(q => q.Level).InclusiveBetween(3, 7).OverridePropertyName("level")
            .WithMessage("Le niveau de diplôme va de 3 (CAP) à 7 (master, ingénieur).");
        RuleFor(q => q.Cfd).Matches("^[0-9A-Za-z]{8}$").When(q => q.Cfd is not null).OverridePropertyName("cfd")
            .WithMessage("Le code CFD comporte 8 lettres ou chiffres.");
        RuleFor(q => q.Page).InclusiveBetween(1, NearbyLimits.MaxPage).OverridePropertyName("page")
            .WithMessage($"La page va de 1 à {NearbyLimits.MaxPage}.");
        RuleFor(q => q.Size).InclusiveBetween(1, NearbyLimits.MaxPageSize).OverridePropertyName("size")
            .WithMessage($"La taille de page va de 1 à {NearbyLimits.MaxPageSize}.");
    }
}

internal sealed class FindNearbyFormationsHandler(NearbySnapshots snapshots, IPublicReadVersions versions, AnonymityThreshold threshold, IMediator mediator)
    : IRequestHandler<FindNearbyFormations, Result<NearbyFormations>>
{
    public async Task<Result<NearbyFormations>> Handle(FindNearbyFormations query, CancellationToken cancellationToken)
    {
        double latitude, longitude;
        string? communeCode = null, communeName = null;
        if (query.Latitude is { } lat && query.Longitude is { } lon)
        {
            (latitude, longitude) = (lat, lon);
        }
        else
        {
            var commune = await mediator.Send(new FindCommune(query.CommuneCode!), cancellationToken);
            if (commune is null)
            {
                return new Error("commune.unknown", $"Aucune commune n’a le code {query.CommuneCode} dans le référentiel.", ErrorKind.Invalid, "commune");
            }

            (latitude, longitude, communeCode, communeName) = (commune.Latitude, commune.Longitude, commune.Code, commune.Name);
        }

        latitude = Math.Round(latitude, 3);
        longitude = Math.Round(longitude, 3);
        var cfd = query.Cfd?.ToUpperInvariant();
        var snapshot = await snapshots.CurrentAsync(await versions.ReadModelsAsync(cancellationToken), cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"{latitude:F3}|{longitude:F3}|{query.RadiusKm}|{query.Level}|{cfd}|{query.Page}|{query.Size}|{communeCode}");
        return NearbySnapshots.Remember(snapshot, key, () =>
        {
            var found = snapshot.Index.Search(latitude, longitude, query.RadiusKm,
                p => (query.Level is null || p.Level == query.Level) && (cfd is null || p.Cfd == cfd));
            var items = found.Skip((query.Page - 1) * query.Size).Take(query.Size).Select(f => new NearbyFormation(
                f.Place.Cfd, f.Place.RncpCode, f.Place.Title, f.Place.Diploma, f.Place.Level, Math.Round(f.DistanceKm, 2), f.Place.Commune,
                f.Place.Latitude, f.Place.Longitude,
                new NearbyEstablishment(f.Place.Siret, f.Place.Uai, f.Place.EstablishmentName, f.Place.EstablishmentCommune),
                f.Place.Responses, f.Place.Testimonies, f.Place.VerifiedShare, f.Place.TopThemes,
                $"/widget/formation/{f.Place.Cfd}?etablissement={f.Place.Siret}")).ToList();
            return new NearbyFormations(
                new NearbyOrigin(latitude, longitude, communeCode, communeName), query.RadiusKm, query.Level, cfd, items, found.Count,
                query.Page, query.Size, snapshot.Index.Version, threshold.Value);
        });
    }
}
