using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Establishments.Infrastructure.Persistence;
using Sirius.Testimonies.Domain;

// Deliberate violations: each rule must report the one aimed at it (see CanaryTests).
namespace Sirius.Architecture.Tests.Canaries.Domain
{
    public sealed class EntityThatKnowsEf
    {
        public DbContext? Context { get; set; }
    }

    public sealed class EntityThatKnowsAnotherModule
    {
        public PublicEstablishment? Establishment { get; set; }
    }
}

namespace Sirius.Architecture.Tests.Canaries.Application
{
    public sealed class HandlerThatKnowsInfrastructure
    {
        public EstablishmentsDbContext? Db { get; set; }
    }

    public sealed class HandlerThatKnowsAnotherModuleDomain
    {
        public PublicEstablishment? Establishment { get; set; }
    }

    public sealed record PublicCommand : IRequest<int>;

    public sealed class PublicHandler : IRequestHandler<PublicCommand, int>
    {
        public Task<int> Handle(PublicCommand request, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    internal class UnsealedValidator : AbstractValidator<PublicCommand>;
}

namespace Sirius.Architecture.Tests.Canaries.Naming
{
    public sealed record CanaryEvent(Guid EventId, DateTime OccurredAtUtc) : IIntegrationEvent;

    internal sealed class ReceiveCanaryEvent : IIntegrationEventHandler<CanaryEvent>
    {
        public Task Handle(CanaryEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    // Named right, but not in an IntegrationEvents namespace.
    internal sealed class OnCanaryEvent : IIntegrationEventHandler<CanaryEvent>
    {
        public Task Handle(CanaryEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public sealed record CanaryQuery : IRequest<int>;

    internal sealed class CanaryQueries : IRequestHandler<CanaryQuery, int>
    {
        public Task<int> Handle(CanaryQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    public sealed record MisplacedRequest : IRequest<int>;

    // Named right, but declared in Violations.cs rather than MisplacedRequest.cs.
    internal sealed class MisplacedRequestHandler : IRequestHandler<MisplacedRequest, int>
    {
        public Task<int> Handle(MisplacedRequest request, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}

namespace Sirius.Architecture.Tests.Canaries.Commands
{
    public static class SendsAnotherModulesCommand
    {
        public static Sirius.Establishments.Contracts.RegisterEstablishment? Pending { get; set; }
    }
}

namespace Sirius.Architecture.Tests.Canaries.Contracts
{
    public sealed record EventCarryingAnEntity(PublicEstablishment Establishment);
}

namespace Sirius.Architecture.Tests.Canaries.Authorization
{
    public sealed record QueryWithNoDecision : IQuery<int>;

    public sealed record CommandForAPersonWithoutAuthorizer(Guid ActorId) : ICommand<Result>, IRequireActor;

    public sealed record QueryBothPublicAndForAPerson(Guid ActorId) : IQuery<int>, IPublicRequest, IAdministratorRequest;

    // Decided: neither may be reported.
    public sealed record PublicQuery : IQuery<int>, IPublicRequest;

    public sealed record AdministratorCommand(Guid ActorId) : ICommand<Result>, IAdministratorRequest;
}

namespace Sirius.Architecture.Tests.Canaries.Host
{
    public sealed class PageThatReadsATable
    {
        public EstablishmentsDbContext? Db { get; set; }
    }
}

namespace Sirius.Architecture.Tests.Canaries.Schema
{
    public sealed class Stray
    {
        public int Id { get; set; }
    }

    public sealed class ContextThatMapsAnotherSchema(DbContextOptions<ContextThatMapsAnotherSchema> options) : ModuleDbContext(options)
    {
        public override string Schema => "questionnaires";

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Stray>().ToTable("Stray", "testimonies");
        }
    }
}

namespace Sirius.Architecture.Tests.Canaries.IlPersistence
{
    // One EF Core use each, in a place a type-level dependency scan misses or might miss.
    public static class CatchesAConcurrencyConflict
    {
        public static async Task<bool> SaveAsync(Func<Task> save)
        {
            try
            {
                await save();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }
    }

    public sealed class DerivesFromAnEfException() : DbUpdateException("canary");

    public sealed class HoldsAContextInAField(object context)
    {
        private readonly DbContext? _context = context as DbContext;

        public override string ToString() => _context is null ? "" : "context";
    }

    public static class TakesOptionsInASignature
    {
        public static bool IsMissing(DbContextOptions? options) => options is null;
    }

    public static class CallsAnEfExtension
    {
        public static IQueryable<string> Untracked(IQueryable<string> query) => query.AsNoTracking();
    }

    public static class KeepsContextsInALocal
    {
        public static int Count(IEnumerable<object> items)
        {
            var contexts = items.OfType<DbContext>().ToList();
            return contexts.Count;
        }
    }

    public static class UsesNoEfCore
    {
        public static int Count(IEnumerable<object> items) => items.Count();
    }
}
