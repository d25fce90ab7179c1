using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Persistence;

/// <summary>The default questionnaire seeded at start-up, and the formations kept from the catalogue's events, on PostgreSQL.</summary>
public sealed class StartupAndFormationTests
{
    [Fact]
    public async Task The_default_questionnaire_is_seeded_once_as_validated_version_1()
    {
        await using var first = new QuestionnairesHost();
        await first.InitializeAsync();
        (await first.Host.SendAsync(new EnsureDefaultQuestionnaire())).IsSuccess.ShouldBeTrue();
        await using (var restarted = first.Host.Sibling())
        {
            _ = restarted.Services;
        }

        var versions = await first.ReadAsync(db => db.Versions.ToListAsync());

        var version = versions.ShouldHaveSingleItem();
        version.Number.ShouldBe(1);
        version.Status.ShouldBe(QuestionnaireVersionStatus.Validated);
        version.Definition.Value.ShouldBe(DefaultQuestionnaire.Definition);
    }

    [Fact]
    public async Task A_published_formation_is_recorded_then_updated_by_a_newer_publication_only()
    {
        await using var fixture = new QuestionnairesHost();
        await fixture.InitializeAsync();
        var formation = Events.NewFormation(Identifiers.NewSiret(), title: "Maçon");
        var first = formation with { OccurredAtUtc = formation.OccurredAtUtc.AddMinutes(-1) };

        await fixture.Host.PublishAsync(first);
        await fixture.Host.PublishAsync(formation with { EventId = Guid.CreateVersion7(), Title = "Maçon du bâti ancien" });
        await fixture.Host.PublishAsync(first with { EventId = Guid.CreateVersion7() });

        var kept = (await fixture.ReadAsync(db => db.Formations.Where(f => f.Key == formation.Key).ToListAsync())).ShouldHaveSingleItem();
        kept.Title.ShouldBe("Maçon du bâti ancien");
        kept.FormateurSiret.ShouldBe(formation.FormateurSiret);
        kept.Diploma.ShouldBe("CAP");
    }
}
