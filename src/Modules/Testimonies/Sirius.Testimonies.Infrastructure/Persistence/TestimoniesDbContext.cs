using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Testimonies.Application;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Infrastructure.Persistence;

public sealed class TestimoniesDbContext(DbContextOptions<TestimoniesDbContext> options)
    : ModuleDbContext(options), ITestimoniesDb
{
    public const string SchemaName = "testimonies";

    public override string Schema => SchemaName;

    public DbSet<PublicEstablishment> Establishments => Set<PublicEstablishment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<PublicEstablishment>(e =>
        {
            e.ToTable("PublicEstablishments");
            e.HasKey(x => x.Siret);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.Uai).HasMaxLength(8);
            e.HasIndex(x => x.Uai);
            e.Property(x => x.Name).HasMaxLength(250);
            e.Property(x => x.Commune).HasMaxLength(100);
        });
    }
}
