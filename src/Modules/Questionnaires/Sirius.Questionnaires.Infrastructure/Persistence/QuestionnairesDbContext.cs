using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Domain;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Infrastructure.Persistence;

public sealed class QuestionnairesDbContext(DbContextOptions<QuestionnairesDbContext> options)
    : ModuleDbContext(options), IQuestionnairesDb
{
    public const string SchemaName = "questionnaires";

    public override string Schema => SchemaName;

    public DbSet<KnownEstablishment> Establishments => Set<KnownEstablishment>();

    public DbSet<CampaignFormation> Formations => Set<CampaignFormation>();

    public DbSet<QuestionnaireVersion> Versions => Set<QuestionnaireVersion>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Response> Responses => Set<Response>();

    public DbSet<ResponseChoice> ResponseChoices => Set<ResponseChoice>();

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
        modelBuilder.Entity<QuestionnaireVersion>(e =>
        {
            e.ToTable("QuestionnaireVersions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Number).IsUnique();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DefinitionJson);
            e.Ignore(x => x.Definition);
        });
        modelBuilder.Entity<CampaignFormation>(e =>
        {
            e.ToTable("CampaignFormations");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(CampaignFormation.KeyMaxLength);
            e.Property(x => x.Cfd).HasMaxLength(8);
            e.Property(x => x.Title).HasMaxLength(CampaignFormation.TitleMaxLength);
            e.Property(x => x.Diploma).HasMaxLength(100);
            e.Property(x => x.FormateurSiret).HasMaxLength(14);
            e.Property(x => x.GestionnaireSiret).HasMaxLength(14);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.Commune).HasMaxLength(100);
            e.Property(x => x.DepartmentCode).HasMaxLength(3);
            e.Property(x => x.RegionCode).HasMaxLength(2);
            e.HasIndex(x => x.FormateurSiret);
            e.HasIndex(x => x.GestionnaireSiret);
        });
        modelBuilder.Entity<Campaign>(e =>
        {
            e.ToTable("Campaigns");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Token).HasMaxLength(Campaign.TokenLength);
            e.HasIndex(x => x.Token).IsUnique();
            e.Property(x => x.Name).HasMaxLength(Campaign.NameMaxLength);
            e.Property(x => x.FormationKey).HasMaxLength(CampaignFormation.KeyMaxLength);
            e.HasIndex(x => x.FormationKey);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.HasIndex(x => x.Siret);
        });
        modelBuilder.Entity<Response>(e =>
        {
            e.ToTable("Responses");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.Property(x => x.AddressHash).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.AnswersJson);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Ignore(x => x.Answers);
            e.HasIndex(x => new { x.CampaignId, x.Status });
            e.HasIndex(x => new { x.AddressHash, x.CompletedAtUtc });
        });
        modelBuilder.Entity<ResponseChoice>(e =>
        {
            e.ToTable("ResponseChoices");
            e.HasKey(x => new { x.ResponseId, x.QuestionKey, x.ItemKey, x.Value });
            e.Property(x => x.QuestionKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.ItemKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.Value).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.HasIndex(x => new { x.CampaignId, x.QuestionKey });
        });
    }
}
