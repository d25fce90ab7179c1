using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application;

/// <summary>The module's tables as its handlers see them; the pipeline commits them with the outbox.</summary>
public interface IEstablishmentsDb : IEventOutbox
{
    DbSet<Establishment> Establishments { get; }

    DbSet<Formation> Formations { get; }

    DbSet<Account> Accounts { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<AccountNotification> AccountNotifications { get; }
}
