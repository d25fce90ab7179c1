using System.Text.Json;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

/// <summary>The hand-labelled verbatims the benchmark measures against must stay usable and varied.</summary>
public sealed class LabelledSetTests
{
    private static readonly string[] PersonalKinds = ["email", "phone", "url", "handle", "firstName", "lastName", "address"];

    private static readonly List<LabelledVerbatim> Set = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Moderation", "labelled-verbatims.jsonl"))
        .Where(line => line.Length > 0)
        .Select(line => JsonSerializer.Deserialize<LabelledVerbatim>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
        .ToList();

    [Fact]
    public void Every_line_is_a_complete_verbatim_with_a_unique_id()
    {
        Set.Count.ShouldBeGreaterThanOrEqualTo(320);
        Set.Select(v => v.Id).Distinct().Count().ShouldBe(Set.Count);
        foreach (var verbatim in Set)
        {
            verbatim.Text.ShouldNotBeNull();
            verbatim.PiiKinds.ShouldNotBeNull();
            verbatim.Themes.ShouldNotBeNull();
            verbatim.Pii.ShouldBe(verbatim.PiiKinds.Length > 0, $"verbatim {verbatim.Id}");
            verbatim.PiiKinds.ShouldAllBe(kind => PersonalKinds.Contains(kind));
            foreach (var label in verbatim.Themes)
                ModerationThemes.TryParse(label, out var _).ShouldBeTrue(label);
            verbatim.Alert.ShouldBe(verbatim.AlertCategories.Length > 0, $"verbatim {verbatim.Id}");
            verbatim.AlertCategories.ShouldAllBe(category => Enum.IsDefined(Enum.Parse<AlertCategory>(category)));
            verbatim.PiiItems.ShouldAllBe(item => verbatim.Text.Contains(item, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_set_has_the_required_counts_of_each_label()
    {
        Set.Count(v => v.Pii).ShouldBeGreaterThanOrEqualTo(60);
        foreach (var kind in PersonalKinds)
            Set.Count(v => v.PiiKinds.Contains(kind)).ShouldBeGreaterThanOrEqualTo(10, kind);
        Set.Count(v => v.Insult).ShouldBeGreaterThanOrEqualTo(40);
        Set.Count(v => v.Gibberish).ShouldBeGreaterThanOrEqualTo(25);
        Set.Count(v => !v.Pii && !v.Insult && !v.Gibberish).ShouldBeGreaterThanOrEqualTo(100);
        Set.Count(v => v.Alert).ShouldBeGreaterThanOrEqualTo(60);
        foreach (var category in Enum.GetValues<AlertCategory>())
            Set.Count(v => v.AlertCategories.Contains(category.ToString())).ShouldBeGreaterThanOrEqualTo(6, category.ToString());
        Set.Count(v => v.PiiItems.Length > 0).ShouldBeGreaterThanOrEqualTo(15);
        foreach (var theme in ModerationThemes.All)
            Set.Count(v => v.Themes.Contains(ModerationThemes.Label(theme))).ShouldBeGreaterThanOrEqualTo(10, ModerationThemes.Label(theme));
    }

    [Fact]
    public void The_verbatims_range_from_a_few_words_to_long_answers()
    {
        var lengths = Set.Where(v => !v.Gibberish).Select(v => v.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();

        lengths.Min().ShouldBeLessThanOrEqualTo(4);
        lengths.Max().ShouldBeGreaterThanOrEqualTo(50);
    }

    private sealed record LabelledVerbatim(int Id, string Text, bool Pii, string[] PiiKinds, bool Insult, bool Gibberish, string[] Themes)
    {
        public bool Alert { get; init; }

        public string[] AlertCategories { get; init; } = [];

        public string[] PiiItems { get; init; } = [];
    }
}
