using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Tests.Moderation;

public sealed class GibberishTests
{
    [Theory]
    [InlineData("qsdfghjklm")]
    [InlineData("azertyuiop")]
    [InlineData("hjkl mlkj poiu")]
    [InlineData("kjhgfdsq lkjhg")]
    [InlineData("fghjkl fghjkl fghjkl")]
    public void Keyboard_mashing_is_gibberish(string text)
    {
        var result = PreModerator.Analyse(text);

        result.IsGibberish.ShouldBeTrue();
        result.Flags.ShouldContain(f => f.Reason.Contains("clavier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rien")]
    [InlineData("RAS")]
    [InlineData("R.A.S. merci")]
    [InlineData("nsp")]
    [InlineData("ok")]
    [InlineData("Bien.")]
    [InlineData("je sais pas")]
    [InlineData("Rien à dire")]
    [InlineData("pas d'avis")]
    public void Empty_answers_are_flagged(string text)
    {
        var flag = PreModerator.Analyse(text).Flags.ShouldHaveSingleItem();

        flag.Kind.ShouldBe(FlagKind.TooShort);
        flag.Category.ShouldBe(FlagCategory.Gibberish);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("?????")]
    [InlineData("")]
    [InlineData("   ")]
    public void An_answer_without_any_word_is_gibberish(string text)
    {
        PreModerator.Analyse(text).IsGibberish.ShouldBeTrue();
    }

    [Theory]
    [InlineData("aaaaaaaaaaa zzzzzz")]
    [InlineData("bcvxwq trzpml")]
    [InlineData("sdfsdfsdf blablabla")]
    [InlineData("lorem ipsum dolor sit amet consectetur")]
    public void Repeated_letters_words_without_vowels_and_unknown_words_are_gibberish(string text)
    {
        PreModerator.Analyse(text).IsGibberish.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Super ambiance au CFA.")]
    [InlineData("jbosse du mardi au samedi, c chaud au debut mais on sy fait")]
    [InlineData("Mon papa est artisan, j'ai suivi ses traces.")]
    [InlineData("Le CAP en 2 ans c'est top.")]
    public void Short_or_sms_style_real_answers_are_not_gibberish(string text)
    {
        PreModerator.Analyse(text).IsGibberish.ShouldBeFalse();
    }

    [Fact]
    public void A_one_word_answer_is_too_short_to_be_a_testimony()
    {
        var flag = PreModerator.Analyse("Génial").Flags.ShouldHaveSingleItem();

        flag.Kind.ShouldBe(FlagKind.TooShort);
        flag.Reason.ShouldContain("moins de 3 mots");
    }
}
