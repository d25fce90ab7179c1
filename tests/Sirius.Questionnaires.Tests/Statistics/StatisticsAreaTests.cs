using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Domain.Statistics;
using Xunit;

namespace Sirius.Questionnaires.Tests.Statistics;

/// <summary>
/// The pre-aggregated areas are read for a scope whose kind has the same name (<see cref="StatisticsArea.Covers"/>):
/// the Domain cannot name Establishments' <see cref="ScopeKinds"/>, so the two vocabularies are held equal here.
/// </summary>
public sealed class StatisticsAreaTests
{
    [Fact]
    public void Areas_are_named_as_the_scope_kinds_they_answer_and_cover_no_other()
    {
        StatisticsArea.National.ShouldBe(ScopeKinds.National);
        StatisticsArea.Region.ShouldBe(ScopeKinds.Region);
        StatisticsArea.Department.ShouldBe(ScopeKinds.Department);
        StatisticsArea.Covers(ScopeKinds.Sirets).ShouldBeFalse();
        StatisticsArea.Covers(ScopeKinds.Opco).ShouldBeFalse();
    }
}
