using System.Collections.Concurrent;
using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Discovery;

/// <summary>
/// The process's current <see cref="NearbyIndex"/> and the answers computed from it. Both belong to one read-model
/// version: when <see cref="ReadModelVersion"/> moves, the next search rebuilds the index (one rebuild at a time;
/// searches meanwhile use the previous index) and the cached answers go with the old index.
/// </summary>
public sealed class NearbySnapshots
{
    private const int MaxCachedAnswers = 20_000;
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile Snapshot? _current;

    internal sealed record Snapshot(NearbyIndex Index, ConcurrentDictionary<string, NearbyFormations> Answers);

    internal async Task<Snapshot> CurrentAsync(long version, Func<Task<NearbyIndex>> build, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.Index.Version >= version)
        {
            return current;
        }

        if (current is not null && !await _rebuilding.WaitAsync(0, cancellationToken))
        {
            return current;
        }

        if (current is null)
        {
            await _rebuilding.WaitAsync(cancellationToken);
        }

        try
        {
            current = _current;
            if (current is null || current.Index.Version < version)
            {
                current = new Snapshot(await build(), new ConcurrentDictionary<string, NearbyFormations>(StringComparer.Ordinal));
                _current = current;
            }

            return current;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    internal static NearbyFormations Remember(Snapshot snapshot, string key, Func<NearbyFormations> compute)
    {
        if (snapshot.Answers.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = compute();
        if (snapshot.Answers.Count >= MaxCachedAnswers)
        {
            snapshot.Answers.Clear();
        }

        snapshot.Answers[key] = answer;
        return answer;
    }
}

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

internal sealed class FindNearbyFormationsHandler(ITestimoniesDb db, NearbySnapshots snapshots, PublicationOptions options, IMediator mediator)
    : IRequestHandler<FindNearbyFormations, Result<NearbyFormations>>
{
    private const int TopThemes = 3;

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
        var version = await db.ReadModelVersions.AsNoTracking().Where(v => v.Id == ReadModelVersion.SingleId)
            .Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        var snapshot = await snapshots.CurrentAsync(version, () => BuildAsync(version, cancellationToken), cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"{latitude:F3}|{longitude:F3}|{query.RadiusKm}|{query.Level}|{cfd}|{query.Page}|{query.Size}|{communeCode}");
        return NearbySnapshots.Remember(snapshot, key, () =>
        {
            var found = snapshot.Index.Search(latitude, longitude, query.RadiusKm,
                p => (query.Level is null || p.Level == query.Level) && (cfd is null || p.Cfd == cfd));
            var items = found.Skip((query.Page - 1) * query.Size).Take(query.Size).Select(f => new NearbyFormation(
                f.Place.Cfd, f.Place.RncpCode, f.Place.Title, f.Place.Diploma, f.Place.Level, Math.Round(f.DistanceKm, 2), f.Place.Commune,
                f.Place.Latitude, f.Place.Longitude,
                new NearbyEstablishment(f.Place.Siret, f.Place.Uai, f.Place.EstablishmentName, f.Place.EstablishmentCommune),
                f.Place.Responses, f.Place.Testimonies, 0, f.Place.TopThemes,
                $"/widget/formation/{f.Place.Cfd}?etablissement={f.Place.Siret}")).ToList();
            return new NearbyFormations(
                new NearbyOrigin(latitude, longitude, communeCode, communeName), query.RadiusKm, query.Level, cfd, items, found.Count,
                query.Page, query.Size, snapshot.Index.Version, Math.Max(1, options.AnonymityThreshold));
        });
    }

    /// <summary>Every located formation place at or above the anonymity threshold with at least one published testimony.</summary>
    private async Task<NearbyIndex> BuildAsync(long version, CancellationToken cancellationToken)
    {
        var threshold = Math.Max(1, options.AnonymityThreshold);
        var places = await (
                from f in db.Formations.AsNoTracking()
                join r in db.FormationResponses.AsNoTracking() on f.Key equals r.FormationKey
                join e in db.Establishments.AsNoTracking() on f.FormateurSiret equals e.Siret into establishments
                from e in establishments.DefaultIfEmpty()
                where r.Responses >= threshold && f.Latitude != null && f.Longitude != null
                select new
                {
                    f.Key, f.Cfd, f.RncpCode, f.Title, f.Diploma, f.Level, f.Commune, f.Latitude, f.Longitude, f.FormateurSiret,
                    Uai = e == null ? null : e.Uai,
                    Name = e == null ? null : e.Name,
                    EstablishmentCommune = e == null ? null : e.Commune,
                    r.Responses,
                })
            .ToListAsync(cancellationToken);
        var themes = (await db.Verbatims.AsNoTracking()
                .Where(v => !v.Discarded && (v.Status == VerbatimStatus.Validated || v.Status == VerbatimStatus.Gem))
                .GroupBy(v => new { v.FormationKey, v.Themes })
                .Select(g => new { g.Key.FormationKey, g.Key.Themes, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.FormationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var located = new List<NearbyPlace>(places.Count);
        foreach (var p in places)
        {
            if (!themes.TryGetValue(p.Key, out var published))
            {
                continue;
            }

            var top = published
                .SelectMany(t => t.Themes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(theme => (Theme: theme, t.Count)))
                .GroupBy(t => t.Theme, StringComparer.Ordinal)
                .Select(g => (Theme: g.Key, Count: g.Sum(t => t.Count)))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal)
                .Take(TopThemes)
                .Select(t => t.Theme);
            located.Add(new NearbyPlace(
                p.Key, p.Cfd, p.RncpCode, p.Title, p.Diploma, p.Level, p.Commune, p.Latitude!.Value, p.Longitude!.Value, p.FormateurSiret,
                p.Uai, p.Name ?? p.FormateurSiret, p.EstablishmentCommune ?? p.Commune, p.Responses, published.Sum(t => t.Count), ThemeLabels.Of(top)));
        }

        return new NearbyIndex(version, located);
    }
}
