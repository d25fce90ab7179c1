
namespace Sirius.Testimonies.Application.Privacy;

/// <summary>Bound from <c>Retention</c>: how long the original of a decided verbatim stays for moderators.</summary>
public sealed class VerbatimRetentionOptions
{
    public int VerbatimOriginalsDays { get; set; } = 30;
}
