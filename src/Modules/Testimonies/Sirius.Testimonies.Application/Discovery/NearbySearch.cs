using System.Collections.Concurrent;
using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
/// version. No search builds the index: the first one is built as the instance starts (<see cref="BuildFirstAsync"/>);
/// when a search sees that <see cref="ReadModelVersion"/> moved, it starts a rebuild in the background (one at a time,
/// at most one every <see cref="MinimumInterval"/>) and is answered from the previous index, which is swapped for the
/// new one once built: results may lag the read models by a few seconds. Only a search arriving before the first build
/// has finished waits for it.
/// </summary>
public sealed class NearbySnapshots(IServiceScopeFactory scopes, ILogger<NearbySnapshots> logger) : IDisposable
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(2);
    private const int MaxCachedAnswers = 20_000;
    private readonly SemaphoreSlim _first = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile Snapshot? _current;
    private int _rebuilding;
    private long _lastRebuildAt = long.MinValue / 2;

    internal sealed record Snapshot(NearbyIndex Index, ConcurrentDictionary<string, NearbyFormations> Answers);

    /// <summary>The index to answer from, for a search that saw the read models at <paramref name="version"/>.</summary>
    internal async ValueTask<Snapshot> CurrentAsync(long version, CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            if (current.Index.Version < version)
            {
                StartRebuild();
            }

            return current;
        }

        await BuildFirstAsync(cancellationToken);
        return _current!;
    }

    /// <summary>Builds the process's first index, unless it is already there.</summary>
    public async Task BuildFirstAsync(CancellationToken cancellationToken)
    {
        await _first.WaitAsync(cancellationToken);
        try
        {
            _current ??= new Snapshot(await BuildAsync(cancellationToken), NewAnswers());
        }
        finally
        {
            _first.Release();
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

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _first.Dispose();
    }

    private void StartRebuild()
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRebuildAt) < (long)MinimumInterval.TotalMilliseconds
            || Interlocked.CompareExchange(ref _rebuilding, 1, 0) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _lastRebuildAt, now);
        var stopping = _stopping.Token;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    var index = await BuildAsync(stopping);
                    if (_current is not { } previous || previous.Index.Version < index.Version)
                    {
                        _current = new Snapshot(index, NewAnswers());
                    }
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    logger.LogError(e, "Nearby search index rebuild failed; the previous index is still served");
                }
                catch (Exception) when (stopping.IsCancellationRequested)
                {
                    // The host is stopping.
                }
                finally
                {
                    Interlocked.Exchange(ref _rebuilding, 0);
                }
            },
            CancellationToken.None);
    }

    private static ConcurrentDictionary<string, NearbyFormations> NewAnswers() => new(StringComparer.Ordinal);

    private async Task<NearbyIndex> BuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await NearbyIndexBuilder.BuildAsync(
            scope.ServiceProvider.GetRequiredService<ITestimoniesDb>(), scope.ServiceProvider.GetRequiredService<AnonymityThreshold>(), cancellationToken);
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

internal static class NearbyIndexBuilder
{
    private const int TopThemes = 3;

    /// <summary>Every located formation place at or above the anonymity threshold with at least one published testimony.</summary>
    public static async Task<NearbyIndex> BuildAsync(ITestimoniesDb db, AnonymityThreshold threshold, CancellationToken cancellationToken)
    {
        var minimum = threshold.Value;

        // Read before the places: a change committed during the build moves the version past this one.
        var version = await db.ReadModelVersions.AsNoTracking().Where(v => v.Id == ReadModelVersion.SingleId)
            .Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        var places = await (
                from f in db.Formations.AsNoTracking()
                join r in db.FormationResponses.AsNoTracking() on f.Key equals r.FormationKey
                join e in db.Establishments.AsNoTracking() on f.FormateurSiret equals e.Siret into establishments
                from e in establishments.DefaultIfEmpty()
                where r.Responses >= minimum && f.Latitude != null && f.Longitude != null
                select new
                {
                    f.Key, f.Cfd, f.RncpCode, f.Title, f.Diploma, f.Level, f.Commune, f.Latitude, f.Longitude, f.FormateurSiret,
                    Uai = e == null ? null : e.Uai,
                    Name = e == null ? null : e.Name,
                    EstablishmentCommune = e == null ? null : e.Commune,
                    r.Responses,
                    r.VerifiedResponses,
                })
            .ToListAsync(cancellationToken);
        var published = (await db.VerbatimTallies.AsNoTracking()
                .Where(t => t.Count > 0 && (t.Status == VerbatimStatus.Validated || t.Status == VerbatimStatus.Gem))
                .Select(t => new { t.FormationKey, t.Count })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.FormationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Count), StringComparer.Ordinal);
        var themes = (await db.ThemeTallies.AsNoTracking().Where(t => t.Count > 0).Select(t => new { t.FormationKey, t.Theme, t.Count })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.FormationKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => ThemeLabels.Of(g.OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.Ordinal).Take(TopThemes).Select(t => t.Theme)),
                StringComparer.Ordinal);

        var located = new List<NearbyPlace>(places.Count);
        foreach (var p in places)
        {
            if (published.GetValueOrDefault(p.Key) is not (> 0 and var testimonies))
            {
                continue;
            }

            located.Add(new NearbyPlace(
                p.Key, p.Cfd, p.RncpCode, p.Title, p.Diploma, p.Level, p.Commune, p.Latitude!.Value, p.Longitude!.Value, p.FormateurSiret,
                p.Uai, p.Name ?? p.FormateurSiret, p.EstablishmentCommune ?? p.Commune, p.Responses, testimonies,
                Math.Round((double)p.VerifiedResponses / p.Responses, 3), themes.GetValueOrDefault(p.Key) ?? []));
        }

        return new NearbyIndex(version, located);
    }
}
