using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Application.Catalogue;

/// <summary>One chunk of valid lines, committed together with the events it publishes.</summary>
internal sealed record ImportCatalogueChunk(IReadOnlyList<CatalogueEntry> Entries) : ICommand<ChunkOutcome>, ISystemRequest;

internal sealed record ChunkOutcome(int Created, int Updated, int Unchanged);

internal sealed class ImportCatalogueChunkHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<ImportCatalogueChunk, ChunkOutcome>
{
    public async Task<ChunkOutcome> Handle(ImportCatalogueChunk command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sirets = command.Entries.SelectMany(e => new[] { e.Formateur.Siret.Value, e.Gestionnaire.Siret.Value }).Distinct().ToList();
        var keys = command.Entries.Select(e => e.FormationKey).Distinct().ToList();
        var establishments = await db.Establishments.Where(e => sirets.Contains(e.Siret)).ToDictionaryAsync(e => e.Siret, cancellationToken);
        var formations = await db.Formations.Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, cancellationToken);
        var touched = new HashSet<string>();
        int created = 0, updated = 0, unchanged = 0;

        foreach (var entry in command.Entries)
        {
            var establishmentChanged = Upsert(entry.Gestionnaire, establishments, touched, now) | Upsert(entry.Formateur, establishments, touched, now);
            var formationOutcome = Upsert(entry, formations, now);
            if (formationOutcome == Outcome.Created)
            {
                created++;
            }
            else if (formationOutcome == Outcome.Updated || establishmentChanged)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return new ChunkOutcome(created, updated, unchanged);
    }

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }

    private bool Upsert(EstablishmentInput input, Dictionary<string, Establishment> known, HashSet<string> touched, DateTime now)
    {
        if (!touched.Add(input.Siret.Value))
        {
            return false;
        }

        if (!known.TryGetValue(input.Siret.Value, out var establishment))
        {
            establishment = Establishment.Register(input.Siret, input.Uai, input.Name, input.Address, input.Gestionnaire, now, input.Latitude, input.Longitude);
            known[establishment.Siret] = establishment;
            db.Establishments.Add(establishment);
            db.Publish(new EstablishmentRegistered(
                Guid.CreateVersion7(), now, establishment.Id, establishment.Siret, establishment.Uai, establishment.Name,
                input.Address.Commune, input.Address.CommuneCode, input.Address.DepartmentCode, input.Address.RegionCode, establishment.GestionnaireSiret,
                establishment.Latitude, establishment.Longitude));
            return true;
        }

        if (!establishment.Update(input.Uai, input.Name, input.Address, input.Gestionnaire, input.Latitude, input.Longitude))
        {
            return false;
        }

        db.Publish(new EstablishmentUpdated(
            Guid.CreateVersion7(), now, establishment.Id, establishment.Siret, establishment.Uai, establishment.Name,
            input.Address.Commune, input.Address.CommuneCode, input.Address.DepartmentCode, input.Address.RegionCode, establishment.GestionnaireSiret,
                establishment.Latitude, establishment.Longitude));
        return true;
    }

    private Outcome Upsert(CatalogueEntry entry, Dictionary<string, Formation> known, DateTime now)
    {
        Outcome outcome;
        if (!known.TryGetValue(entry.FormationKey, out var formation))
        {
            formation = Formation.Register(entry.FormationKey, entry.Formation, now);
            known[formation.Key] = formation;
            db.Formations.Add(formation);
            outcome = Outcome.Created;
        }
        else
        {
            outcome = formation.Update(entry.Formation, now) ? Outcome.Updated : Outcome.Unchanged;
        }

        if (outcome != Outcome.Unchanged)
        {
            var f = formation.Facts;
            db.Publish(new FormationPublished(
                Guid.CreateVersion7(), now, formation.Id, formation.Key, f.Cfd, f.RncpCode, f.CertifInfoId, f.Diploma, f.Level, f.Title,
                f.FormateurSiret, f.GestionnaireSiret, f.Place.CommuneCode, f.Place.Commune, f.Place.DepartmentCode, f.Place.RegionCode,
                f.Place.Latitude, f.Place.Longitude, f.Place.AcademyCode));
        }

        return outcome;
    }
}
