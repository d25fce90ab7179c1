using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application;

/// <summary>The module's tables as its handlers see them; the pipeline commits them with the outbox.</summary>
public interface ITestimoniesDb : IEventOutbox
{
    DbSet<PublicEstablishment> Establishments { get; }
}
