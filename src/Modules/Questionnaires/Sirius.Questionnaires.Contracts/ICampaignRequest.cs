using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// A request on one campaign, for a person who manages it: CFA staff of its establishment, or an administrator. Any
/// other actor, an observer included, is answered as if the campaign did not exist (404), as the handlers always did.
/// </summary>
public interface ICampaignRequest : IRequireActor
{
    Guid CampaignId { get; }
}
