using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.Testimonies.Application;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Infrastructure.Persistence;

public sealed class TestimoniesDbContext(DbContextOptions<TestimoniesDbContext> options)
    : ModuleDbContext(options), ITestimoniesDb
{
    public const string SchemaName = "testimonies";

    public override string Schema => SchemaName;

    public DbSet<PublicEstablishment> Establishments => Set<PublicEstablishment>();

    public DbSet<PublicFormation> Formations => Set<PublicFormation>();

    public DbSet<Verbatim> Verbatims => Set<Verbatim>();

    public DbSet<VerbatimEdit> VerbatimEdits => Set<VerbatimEdit>();

    public DbSet<VerbatimFeedback> VerbatimFeedbacks => Set<VerbatimFeedback>();

    public DbSet<FirstPublication> FirstPublications => Set<FirstPublication>();

    public DbSet<TestimonyReply> TestimonyReplies => Set<TestimonyReply>();

    public DbSet<FormationResponses> FormationResponses => Set<FormationResponses>();

    public DbSet<AnswerCount> AnswerCounts => Set<AnswerCount>();

    public DbSet<CountedResponse> CountedResponses => Set<CountedResponse>();

    public DbSet<VerbatimTally> VerbatimTallies => Set<VerbatimTally>();

    public DbSet<ThemeTally> ThemeTallies => Set<ThemeTally>();

    public DbSet<NationalThemeTally> NationalThemeTallies => Set<NationalThemeTally>();

    public DbSet<ModerationDelayTally> ModerationDelayTallies => Set<ModerationDelayTally>();

    public DbSet<ReadModelVersion> ReadModelVersions => Set<ReadModelVersion>();

    public DbSet<PublicCounters> PublicCounters => Set<PublicCounters>();

    public DbSet<ImpactCount> ImpactCounts => Set<ImpactCount>();

    /// <summary>
    /// Every change to the module's own tables moves <see cref="ReadModelVersion"/>, except the impact counters: no
    /// public page shows them to the count (they follow within the stored pages' lifetime), and moving it on every
    /// batch would make every stored widget page stale.
    /// </summary>
    protected override bool MovesReadSideVersion(object entity) => entity is not OutboxMessage and not InboxMessage and not ImpactCount;

    protected override async Task RaiseReadSideVersionAsync(CancellationToken cancellationToken)
    {
        await ReadModelVersions.Where(v => v.Id == ReadModelVersion.SingleId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
        VersionCache?.Changed();
    }

    /// <summary>The host's <see cref="ReadModelVersionCache"/>, told of this process's own changes.</summary>
    private ReadModelVersionCache? VersionCache =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ReadModelVersionCache>();

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
        modelBuilder.Entity<ReadModelVersion>(e =>
        {
            e.ToTable("ReadModelVersions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new { Id = ReadModelVersion.SingleId, Version = 0L });
        });
        modelBuilder.Entity<PublicCounters>(e =>
        {
            e.ToTable("PublicCounters");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<PublicFormation>(e =>
        {
            e.ToTable("PublicFormations");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(100);
            e.Property(x => x.Cfd).HasMaxLength(8);
            e.Property(x => x.RncpCode).HasMaxLength(20);
            e.Property(x => x.CertifInfoId).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Diploma).HasMaxLength(100);
            e.Property(x => x.FormateurSiret).HasMaxLength(14);
            e.Property(x => x.Commune).HasMaxLength(100);
            e.Property(x => x.CommuneCode).HasMaxLength(5);
            e.Property(x => x.DepartmentCode).HasMaxLength(3);
            e.Property(x => x.RegionCode).HasMaxLength(2);
            e.HasIndex(x => x.Cfd);
            e.HasIndex(x => x.RncpCode);
            e.HasIndex(x => x.CertifInfoId);
            e.HasIndex(x => x.FormateurSiret);
        });
        modelBuilder.Entity<Verbatim>(e =>
        {
            e.ToTable("Verbatims");
            e.HasKey(x => x.Id);
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.FormateurSiret).HasMaxLength(14);
            e.Property(x => x.QuestionKey).HasMaxLength(100);
            e.Property(x => x.QuestionLabel).HasMaxLength(500);
            e.Property(x => x.OriginalText).HasMaxLength(Verbatim.MaxTextLength);
            e.Property(x => x.AnonymisedText).HasMaxLength(Verbatim.MaxTextLength);
            e.Property(x => x.FlagKinds).HasMaxLength(200);
            e.Property(x => x.Themes).HasMaxLength(400);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            e.Ignore(x => x.IsPublished);
            e.Ignore(x => x.IsSerious);
            e.Ignore(x => x.ThemeNames);
            e.HasIndex(x => new { x.ResponseId, x.QuestionKey }).IsUnique();
            e.HasIndex(x => new { x.Status, x.Priority, x.ReceivedAtUtc });
            e.HasIndex(x => new { x.FormationKey, x.Status });
            e.HasIndex(x => new { x.FormationKey, x.Status, x.Discarded, x.ModeratedAtUtc, x.Id });
            e.HasIndex(x => new { x.CampaignId, x.Status });
            e.HasIndex(x => new { x.FormateurSiret, x.Status });
        });
        modelBuilder.Entity<VerbatimEdit>(e =>
        {
            e.ToTable("VerbatimEdits");
            e.HasKey(x => x.Id);
            e.Property(x => x.PreviousText).HasMaxLength(Verbatim.MaxTextLength);
            e.Property(x => x.NewText).HasMaxLength(Verbatim.MaxTextLength);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.OverriddenFlags).HasMaxLength(100);
            e.HasIndex(x => x.VerbatimId);
        });
        modelBuilder.Entity<ImpactCount>(e =>
        {
            e.ToTable("ImpactCounts");
            e.HasKey(x => new { x.Day, x.Measure, x.Target, x.Siret, x.Origin });
            e.Property(x => x.Measure).HasMaxLength(20);
            e.Property(x => x.Target).HasMaxLength(50);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.Origin).HasMaxLength(100);
            e.HasIndex(x => new { x.Siret, x.Day });
        });
        modelBuilder.Entity<VerbatimFeedback>(e =>
        {
            e.ToTable("VerbatimFeedbacks");
            e.HasKey(x => new { x.VerbatimId, x.BrowserToken });
            e.Property(x => x.BrowserToken).HasMaxLength(64);
        });
        modelBuilder.Entity<FirstPublication>(e =>
        {
            e.ToTable("FirstPublications");
            e.HasKey(x => x.Siret);
            e.Property(x => x.Siret).HasMaxLength(14);
        });
        modelBuilder.Entity<TestimonyReply>(e =>
        {
            e.ToTable("TestimonyReplies");
            e.HasKey(x => x.Id);
            e.Property(x => x.Siret).HasMaxLength(14);
            e.Property(x => x.Text).HasMaxLength(ReplyToTestimony.MaxTextLength);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RejectionReason).HasMaxLength(500);
            e.Ignore(x => x.IsPublished);
            e.HasIndex(x => x.VerbatimId).IsUnique();
            e.HasIndex(x => new { x.Status, x.WrittenAtUtc });
        });
        modelBuilder.Entity<FormationResponses>(e =>
        {
            e.ToTable("FormationResponses");
            e.HasKey(x => x.FormationKey);
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.Cfd).HasMaxLength(8);
            e.Property(x => x.FormateurSiret).HasMaxLength(14);
            e.HasIndex(x => x.Cfd);
            e.HasIndex(x => x.FormateurSiret);
        });
        modelBuilder.Entity<VerbatimTally>(e =>
        {
            e.ToTable("VerbatimTallies");
            e.HasKey(x => new { x.FormationKey, x.Status });
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FormateurSiret).HasMaxLength(14);
            e.HasIndex(x => x.FormateurSiret);
        });
        modelBuilder.Entity<NationalThemeTally>(e =>
        {
            e.ToTable("NationalThemeTallies");
            e.HasKey(x => x.Theme);
            e.Property(x => x.Theme).HasMaxLength(50);
        });
        modelBuilder.Entity<ModerationDelayTally>(e =>
        {
            e.ToTable("ModerationDelayTallies");
            e.HasKey(x => x.Hours);
            e.Property(x => x.Hours).ValueGeneratedNever();
        });
        modelBuilder.Entity<ThemeTally>(e =>
        {
            e.ToTable("ThemeTallies");
            e.HasKey(x => new { x.FormationKey, x.Theme });
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.Theme).HasMaxLength(50);
        });
        modelBuilder.Entity<AnswerCount>(e =>
        {
            e.ToTable("AnswerCounts");
            e.HasKey(x => new { x.FormationKey, x.QuestionKey, x.ItemKey, x.Value });
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.QuestionKey).HasMaxLength(100);
            e.Property(x => x.ItemKey).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(100);
        });
        modelBuilder.Entity<CountedResponse>(e =>
        {
            e.ToTable("CountedResponses");
            e.HasKey(x => x.ResponseId);
            e.Property(x => x.FormationKey).HasMaxLength(100);
            e.Property(x => x.AnswersJson);
            e.HasIndex(x => x.CampaignId);
        });
    }
}
