using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Establishments.Application;
using Sirius.Establishments.Domain;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Infrastructure.Persistence;

public sealed class EstablishmentsDbContext(DbContextOptions<EstablishmentsDbContext> options)
    : ModuleDbContext(options), IEstablishmentsDb
{
    public const string SchemaName = "establishments";

    public override string Schema => SchemaName;

    public DbSet<Establishment> Establishments => Set<Establishment>();

    public DbSet<Formation> Formations => Set<Formation>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AccountNotification> AccountNotifications => Set<AccountNotification>();

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
            e.Property(x => x.Latitude);
            e.Property(x => x.Longitude);
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

        modelBuilder.Entity<Formation>(e =>
        {
            e.ToTable("Formations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Key).HasMaxLength(60);
            e.HasIndex(x => x.Key).IsUnique();
            e.ComplexProperty(x => x.Facts, f =>
            {
                f.Property(p => p.Cfd).HasMaxLength(8).HasColumnName("Cfd");
                f.Property(p => p.RncpCode).HasMaxLength(12).HasColumnName("RncpCode");
                f.Property(p => p.CertifInfoId).HasMaxLength(12).HasColumnName("CertifInfoId");
                f.Property(p => p.Diploma).HasMaxLength(60).HasColumnName("Diploma");
                f.Property(p => p.Level).HasColumnName("Level");
                f.Property(p => p.Title).HasMaxLength(250).HasColumnName("Title");
                f.Property(p => p.Sector).HasMaxLength(60).HasColumnName("Sector");
                f.Property(p => p.DurationMonths).HasColumnName("DurationMonths");
                f.Property(p => p.FormateurSiret).HasMaxLength(14).HasColumnName("FormateurSiret");
                f.Property(p => p.GestionnaireSiret).HasMaxLength(14).HasColumnName("GestionnaireSiret");
                f.ComplexProperty(p => p.Place, place =>
                {
                    place.Property(p => p.CommuneCode).HasMaxLength(5).HasColumnName("CommuneCode");
                    place.Property(p => p.PostalCode).HasMaxLength(5).HasColumnName("PostalCode");
                    place.Property(p => p.Commune).HasMaxLength(100).HasColumnName("Commune");
                    place.Property(p => p.DepartmentCode).HasMaxLength(3).HasColumnName("DepartmentCode");
                    place.Property(p => p.RegionCode).HasMaxLength(2).HasColumnName("RegionCode");
                    place.Property(p => p.AcademyCode).HasMaxLength(2).HasColumnName("AcademyCode");
                    place.Property(p => p.Latitude).HasColumnName("Latitude");
                    place.Property(p => p.Longitude).HasColumnName("Longitude");
                });
            });
        });

        modelBuilder.Entity<Account>(e =>
        {
            e.ToTable("Accounts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Email).HasMaxLength(254);
            e.Property(x => x.NormalizedEmail).HasMaxLength(254);
            e.HasIndex(x => x.NormalizedEmail).IsUnique();
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.LastName).HasMaxLength(100);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => x.Status);
            e.Property(x => x.Comment).HasMaxLength(1000);
            e.Property(x => x.ObserverScopeValue).HasMaxLength(4000);
            e.Property(x => x.PasswordHash).HasMaxLength(200);
            e.Property(x => x.SecurityStamp).HasMaxLength(64);
            e.Property(x => x.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
            e.Ignore(x => x.Scope);
            e.Ignore(x => x.FullName);
            e.HasMany(x => x.Establishments).WithOne().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Establishments).HasField("_establishments");
        });

        modelBuilder.Entity<AccountEstablishment>(e =>
        {
            e.ToTable("AccountEstablishments");
            e.HasKey(x => new { x.AccountId, x.Siret });
            e.Property(x => x.Siret).HasMaxLength(14);
            e.HasIndex(x => x.Siret);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.Details).HasMaxLength(4000);
            e.HasIndex(x => x.TargetAccountId);
        });

        modelBuilder.Entity<AccountNotification>(e =>
        {
            e.ToTable("AccountNotifications");
            e.HasKey(x => new { x.AccountId, x.Kind });
            e.Property(x => x.Kind).HasMaxLength(40);
        });
    }
}
