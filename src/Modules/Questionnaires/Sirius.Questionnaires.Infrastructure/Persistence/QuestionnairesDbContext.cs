using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Application.Answering;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Domain;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Rosters;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Infrastructure.Persistence;

public sealed class QuestionnairesDbContext(DbContextOptions<QuestionnairesDbContext> options)
    : ModuleDbContext(options), IQuestionnairesDb
{
    public const string SchemaName = "questionnaires";

    internal const int AreaKindMaxLength = 12;
    internal const int AreaCodeMaxLength = 3;
    internal const int PublicTallyKeyMaxLength = 7;

    public override string Schema => SchemaName;

    public DbSet<KnownEstablishment> Establishments => Set<KnownEstablishment>();

    public DbSet<CampaignFormation> Formations => Set<CampaignFormation>();

    public DbSet<QuestionnaireVersion> Versions => Set<QuestionnaireVersion>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Response> Responses => Set<Response>();

    public DbSet<ResponseChoice> ResponseChoices => Set<ResponseChoice>();

    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();

    public DbSet<Unsubscription> Unsubscriptions => Set<Unsubscription>();

    public DbSet<CampaignStatistics> CampaignStatistics => Set<CampaignStatistics>();

    public DbSet<DurationBucket> DurationBuckets => Set<DurationBucket>();

    public DbSet<DailyResponses> DailyResponses => Set<DailyResponses>();

    public DbSet<AnswerStatistics> AnswerStatistics => Set<AnswerStatistics>();

    public DbSet<AreaDurations> AreaDurations => Set<AreaDurations>();

    public DbSet<AreaDays> AreaDays => Set<AreaDays>();

    public DbSet<AreaAnswers> AreaAnswers => Set<AreaAnswers>();

    public DbSet<PublicResponseTally> PublicResponseTallies => Set<PublicResponseTally>();

    public DbSet<StatisticsVersion> StatisticsVersions => Set<StatisticsVersion>();

    /// <summary>Every row of the statistics read side (per campaign and per area).</summary>
    /// <summary>Saves; a change to what a campaign's link shows is told to <see cref="CampaignLinkCache"/> before and after.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var links = ChangesLinks();
        links?.Changed();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        links?.Changed();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var links = ChangesLinks();
        links?.Changed();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        links?.Changed();
        return saved;
    }

    protected override bool MovesReadSideVersion(object entity) =>
        entity.GetType().Namespace == typeof(StatisticsVersion).Namespace && entity is not StatisticsVersion;

    protected override async Task RaiseReadSideVersionAsync(CancellationToken cancellationToken)
    {
        await StatisticsVersions.Where(v => v.Id == StatisticsVersion.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
        ApplicationServices()?.GetService<PublicStatisticsVersion>()?.Changed();
    }

    // The cache when a campaign, its formation, its questionnaire version or its establishment is added, changed or deleted.
    private CampaignLinkCache? ChangesLinks() =>
        ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Campaign or CampaignFormation or QuestionnaireVersion or KnownEstablishment)
            ? ApplicationServices()?.GetService<CampaignLinkCache>()
            : null;

    private IServiceProvider? ApplicationServices() =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

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
            e.Property(x => x.AcademyCode).HasMaxLength(2);
            e.Property(x => x.RncpCode).HasMaxLength(12);
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
            e.HasIndex(x => new { x.PersonalDataErasedAtUtc, x.CompletedAtUtc });
        });
        modelBuilder.Entity<ResponseChoice>(e =>
        {
            e.ToTable("ResponseChoices");
            e.HasKey(x => new { x.ResponseId, x.QuestionKey, x.ItemKey, x.Value });
            e.Property(x => x.QuestionKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.ItemKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.Value).HasMaxLength(ResponseChoice.KeyMaxLength);
            // Covers the groupings of a CFA's results and of the statistics rebuild: read from the index alone.
            e.HasIndex(x => new { x.CampaignId, x.QuestionKey, x.ItemKey, x.Value, x.CountsRespondent }).HasDatabaseName("IX_ResponseChoices_Campaign");
        });
        RosterModel(modelBuilder);
        StatisticsModel(modelBuilder);
    }

    private static void RosterModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RosterEntry>(e =>
        {
            e.ToTable("RosterEntries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.FirstName).HasMaxLength(RosterEntry.NameMaxLength);
            e.Property(x => x.LastName).HasMaxLength(RosterEntry.NameMaxLength);
            e.Property(x => x.Email).HasMaxLength(RosterEntry.EmailMaxLength);
            e.Property(x => x.EmailHash).HasMaxLength(RosterEntry.HashLength);
            e.Property(x => x.TokenHash).HasMaxLength(RosterEntry.HashLength);
            e.Property(x => x.ReminderTokenHash).HasMaxLength(RosterEntry.HashLength);
            e.HasIndex(x => new { x.CampaignId, x.Email });
            e.HasIndex(x => x.TokenHash);
            e.HasIndex(x => x.ReminderTokenHash);
            e.HasIndex(x => x.EmailHash);
        });
        modelBuilder.Entity<Unsubscription>(e =>
        {
            e.ToTable("Unsubscriptions");
            e.HasKey(x => x.EmailHash);
            e.Property(x => x.EmailHash).HasMaxLength(RosterEntry.HashLength);
            e.HasIndex(x => x.Keyed);
        });
    }

    private static void StatisticsModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CampaignStatistics>(e =>
        {
            e.ToTable("StatsCampaigns");
            e.HasKey(x => x.CampaignId);
            e.Property(x => x.CampaignId).ValueGeneratedNever();
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.FormationKey).HasMaxLength(CampaignFormation.KeyMaxLength);
            e.Property(x => x.Cfd).HasMaxLength(8);
            e.Property(x => x.RegionCode).HasMaxLength(2);
            e.Property(x => x.DepartmentCode).HasMaxLength(3);
            e.Property(x => x.AcademyCode).HasMaxLength(2);
            e.Property(x => x.RncpCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.HasIndex(x => x.DepartmentCode);
            e.HasIndex(x => x.Siret);
            e.HasIndex(x => x.RncpCode);
        });
        modelBuilder.Entity<DurationBucket>(e =>
        {
            e.ToTable("StatsDurations");
            e.HasKey(x => new { x.CampaignId, x.Bucket });
        });
        modelBuilder.Entity<DailyResponses>(e =>
        {
            e.ToTable("StatsDays");
            e.HasKey(x => new { x.CampaignId, x.Day });
        });
        modelBuilder.Entity<AnswerStatistics>(e =>
        {
            e.ToTable("StatsAnswers");
            e.HasKey(x => new { x.CampaignId, x.QuestionKey, x.ItemKey, x.Value });
            e.Property(x => x.QuestionKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.ItemKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.Value).HasMaxLength(ResponseChoice.KeyMaxLength);
        });
        modelBuilder.Entity<AreaDurations>(e =>
        {
            e.ToTable("StatsAreaDurations");
            e.HasKey(x => new { x.Area, x.Code, x.Bucket });
            e.Property(x => x.Area).HasMaxLength(AreaKindMaxLength);
            e.Property(x => x.Code).HasMaxLength(AreaCodeMaxLength);
        });
        modelBuilder.Entity<AreaDays>(e =>
        {
            e.ToTable("StatsAreaDays");
            e.HasKey(x => new { x.Area, x.Code, x.Day });
            e.Property(x => x.Area).HasMaxLength(AreaKindMaxLength);
            e.Property(x => x.Code).HasMaxLength(AreaCodeMaxLength);
        });
        modelBuilder.Entity<AreaAnswers>(e =>
        {
            e.ToTable("StatsAreaAnswers");
            e.HasKey(x => new { x.Area, x.Code, x.QuestionKey, x.ItemKey, x.Value });
            e.Property(x => x.Area).HasMaxLength(AreaKindMaxLength);
            e.Property(x => x.Code).HasMaxLength(AreaCodeMaxLength);
            e.Property(x => x.QuestionKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.ItemKey).HasMaxLength(ResponseChoice.KeyMaxLength);
            e.Property(x => x.Value).HasMaxLength(ResponseChoice.KeyMaxLength);
        });
        modelBuilder.Entity<PublicResponseTally>(e =>
        {
            e.ToTable("StatsPublicTallies");
            e.HasKey(x => new { x.Dimension, x.Key });
            e.Property(x => x.Dimension).HasMaxLength(AreaKindMaxLength);
            e.Property(x => x.Key).HasMaxLength(PublicTallyKeyMaxLength);
        });
        modelBuilder.Entity<StatisticsVersion>(e =>
        {
            e.ToTable("StatsVersion");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new { Id = StatisticsVersion.SingleId, Version = 0L });
        });
    }
}
