using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Domain;

namespace Sirius.Questionnaires.Infrastructure.Persistence;

public sealed class QuestionnairesDbContext(DbContextOptions<QuestionnairesDbContext> options)
    : ModuleDbContext(options), IQuestionnairesDb
{
    public const string SchemaName = "questionnaires";

    public override string Schema => SchemaName;

    public DbSet<KnownEstablishment> Establishments => Set<KnownEstablishment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<KnownEstablishment>(e =>
        {
            e.ToTable("KnownEstablishments");
            e.HasKey(x => x.Siret);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.Name).HasMaxLength(250);
            e.Property(x => x.DepartmentCode).HasMaxLength(3);
            e.Property(x => x.RegionCode).HasMaxLength(2);
            e.Property(x => x.GestionnaireSiret).HasMaxLength(14);
            e.HasIndex(x => x.GestionnaireSiret);
        });
    }
}
