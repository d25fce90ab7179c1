using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// Erases the network address hashes older than <c>Retention:AddressHashDays</c> days, and the free texts of responses
/// finished more than <c>Retention:ResponseFreeTextsDays</c> days ago; answers how many responses were changed.
/// </summary>
public sealed record PurgeResponsePersonalData : IBatchCommand<int>, ISystemRequest;
