using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Establishments.Application;
using Sirius.Establishments.Domain;

namespace Sirius.Establishments.Infrastructure.Persistence;

public sealed class EstablishmentsDbContext(DbContextOptions<EstablishmentsDbContext> options)
    : ModuleDbContext(options), IEstablishmentsDb
{
    public const string SchemaName = "establishments";

    public override string Schema => SchemaName;

    public DbSet<Establishment> Establishments => Set<Establishment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Establishment>(e =>
        {
            e.ToTable("Establishments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Siret).HasMaxLength(14);
            e.HasIndex(x => x.Siret).IsUnique();
            e.Property(x => x.Uai).HasMaxLength(8);
            e.HasIndex(x => x.Uai);
            e.Property(x => x.Name).HasMaxLength(Establishment.NameMaxLength);
            e.Property(x => x.GestionnaireSiret).HasMaxLength(14);
            e.HasIndex(x => x.GestionnaireSiret);
            e.ComplexProperty(x => x.Address, a =>
            {
                a.Property(p => p.Street).HasMaxLength(250).HasColumnName("Street");
                a.Property(p => p.PostalCode).HasMaxLength(5).HasColumnName("PostalCode");
                a.Property(p => p.Commune).HasMaxLength(100).HasColumnName("Commune");
                a.Property(p => p.CommuneCode).HasMaxLength(5).HasColumnName("CommuneCode");
                a.Property(p => p.DepartmentCode).HasMaxLength(3).HasColumnName("DepartmentCode");
                a.Property(p => p.RegionCode).HasMaxLength(2).HasColumnName("RegionCode");
                a.Property(p => p.AcademyCode).HasMaxLength(2).HasColumnName("AcademyCode");
            });
        });
    }
}
