using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Rosters;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application;

/// <summary>The module's tables as its handlers see them; the pipeline commits them with the outbox.</summary>
public interface IQuestionnairesDb : IEventOutbox, IEventInbox, ITransactionLock
{
    DbSet<KnownEstablishment> Establishments { get; }

    DbSet<CampaignFormation> Formations { get; }

    DbSet<QuestionnaireVersion> Versions { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<Response> Responses { get; }

    DbSet<ResponseChoice> ResponseChoices { get; }

    DbSet<RosterEntry> RosterEntries { get; }

    DbSet<Unsubscription> Unsubscriptions { get; }

    DbSet<CampaignStatistics> CampaignStatistics { get; }

    DbSet<DurationBucket> DurationBuckets { get; }

    DbSet<DailyResponses> DailyResponses { get; }

    DbSet<AnswerStatistics> AnswerStatistics { get; }

    DbSet<AreaDurations> AreaDurations { get; }

    DbSet<AreaDays> AreaDays { get; }

    DbSet<AreaAnswers> AreaAnswers { get; }

    /// <summary>Raised by every save that changes the statistics read side (a rebuild raises it itself).</summary>
    DbSet<PublicResponseTally> PublicResponseTallies { get; }

    DbSet<StatisticsVersion> StatisticsVersions { get; }

    /// <summary>For long batches (a rebuild) that save as they go and forget what they saved.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
