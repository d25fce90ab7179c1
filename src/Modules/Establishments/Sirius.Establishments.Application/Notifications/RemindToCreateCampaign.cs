using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Notifications;

internal sealed record RemindToCreateCampaign(Guid AccountId) : ICommand<bool>, ISystemRequest;

internal sealed class RemindToCreateCampaignHandler(IEstablishmentsDb db, TimeProvider clock) : IRequestHandler<RemindToCreateCampaign, bool>
{
    public async Task<bool> Handle(RemindToCreateCampaign command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await Notify.DecideAsync(db, command.AccountId, NotificationKinds.CampaignReminder, now, cancellationToken))
        {
            return false;
        }

        db.Publish(new CampaignReminderDue(Guid.CreateVersion7(), now, command.AccountId));
        return true;
    }
}
