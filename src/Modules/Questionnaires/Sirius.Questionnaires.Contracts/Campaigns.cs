using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>The formations of the establishments the actor may act for, with how many campaigns each already has.</summary>
public sealed record ListCampaignFormations(Guid ActorId, string? Diploma = null, string? Search = null) : IQuery<IReadOnlyList<FormationChoice>>, IEstablishmentAccountRequest;

public sealed record FormationChoice(string Key, string Title, string Diploma, string FormateurSiret, string EstablishmentName, string Commune, int CampaignCount);

/// <summary>Validated versions a campaign may use, newest first.</summary>
public sealed record ListUsableVersions(Guid ActorId) : IQuery<IReadOnlyList<VersionChoice>>, IEstablishmentAccountRequest;

public sealed record VersionChoice(Guid Id, int Number);

/// <summary>Creates one campaign per formation, all or none; answers how many were created.</summary>
public sealed record CreateCampaigns(Guid ActorId, IReadOnlyList<NewCampaign> Campaigns) : ICommand<Result<int>>, IEstablishmentRequest;

public sealed record NewCampaign(string FormationKey, string Name, DateOnly StartDate, DateOnly EndDate, int Seats, Guid VersionId);

/// <summary>The actor's campaigns (not deleted), filtered by establishment (SIRET) and diploma.</summary>
public sealed record ListCampaigns(Guid ActorId, string? Siret = null, string? Diploma = null) : IQuery<IReadOnlyList<CampaignRow>>, IEstablishmentAccountRequest;

/// <param name="SeatsPercent">Responses as a share of the seats, when seats are limited.</param>
/// <param name="Invitations">The campaign's roster: invited, opened, answered, and the response rate among the invited.</param>
public sealed record CampaignRow(
    Guid Id,
    string Token,
    string Name,
    string FormationTitle,
    string Diploma,
    string Siret,
    string EstablishmentName,
    DateOnly StartDate,
    DateOnly EndDate,
    int Seats,
    int ResponsesCount,
    int? SeatsPercent,
    int VersionNumber,
    RosterCounts Invitations);

public sealed record UpdateCampaign(Guid ActorId, Guid CampaignId, string Name, DateOnly StartDate, DateOnly EndDate, int Seats) : ICommand<Result>, ICampaignRequest;

public sealed record DeleteCampaign(Guid ActorId, Guid CampaignId) : IAtomicCommand<Result>, ICampaignRequest;

/// <summary>
/// What a sharing kit prints for each of the given campaigns, in the order asked: only the actor's campaigns that
/// are not deleted come back, so a caller compares the count to tell an unknown or foreign id.
/// </summary>
public sealed record GetCampaignSharing(Guid ActorId, IReadOnlyList<Guid> CampaignIds) : IQuery<IReadOnlyList<CampaignSharing>>, IEstablishmentAccountRequest;

/// <param name="Commune">Where the formation takes place.</param>
public sealed record CampaignSharing(
    Guid Id,
    string Token,
    string Name,
    string FormationTitle,
    string Diploma,
    string EstablishmentName,
    string Commune,
    DateOnly StartDate,
    DateOnly EndDate);
