using Shouldly;
using Sirius.Questionnaires.Domain.Questionnaires;
using Xunit;

namespace Sirius.Questionnaires.Tests.Questionnaires;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData("a\u2028b\u2029c", "a\nb\nc")]
    [InlineData("a\u0000b\u0007c\u001Bd\u007Fe\u0085f", "abcdef")]
    [InlineData("a\tb", "a b")]
    [InlineData("a   \nb", "a\nb")]
    [InlineData("a\n\n\n\n\nb", "a\n\nb")]
    [InlineData("\n\n  a  \n\n", "a")]
    [InlineData("e\u0301te\u0301", "été")]
    [InlineData("ok \uD83D\uDE00", "ok 😀")]
    [InlineData(null, "")]
    public void Multiline_text_is_cleaned(string? raw, string expected)
    {
        TextInput.Normalize(raw, multiline: true).ShouldBe(expected);
    }

    [Fact]
    public void Unpaired_surrogates_are_removed()
    {
        TextInput.Normalize("a\uD83Db\uDE00c", multiline: true).ShouldBe("abc");
    }

    [Fact]
    public void Single_line_text_turns_line_breaks_into_spaces()
    {
        TextInput.Normalize(" Service\r\ncivique\n", multiline: false).ShouldBe("Service civique");
    }
}
