using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application;

/// <summary>The module's tables as its handlers see them; the pipeline commits them with the outbox.</summary>
public interface ITestimoniesDb : IEventOutbox, ITransactionLock
{
    DbSet<PublicEstablishment> Establishments { get; }

    DbSet<PublicFormation> Formations { get; }

    DbSet<Verbatim> Verbatims { get; }

    DbSet<VerbatimEdit> VerbatimEdits { get; }

    DbSet<VerbatimFeedback> VerbatimFeedbacks { get; }

    DbSet<FirstPublication> FirstPublications { get; }

    DbSet<TestimonyReply> TestimonyReplies { get; }

    DbSet<FormationResponses> FormationResponses { get; }

    DbSet<AnswerCount> AnswerCounts { get; }

    DbSet<CountedResponse> CountedResponses { get; }

    DbSet<VerbatimTally> VerbatimTallies { get; }

    DbSet<ThemeTally> ThemeTallies { get; }

    DbSet<NationalThemeTally> NationalThemeTallies { get; }

    DbSet<ModerationDelayTally> ModerationDelayTallies { get; }

    DbSet<ReadModelVersion> ReadModelVersions { get; }

    DbSet<PublicCounters> PublicCounters { get; }

    DbSet<ImpactCount> ImpactCounts { get; }
}
