namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>A flag tied to the place in the original text it concerns, and what replaces it when masked.</summary>
internal readonly record struct Finding(int Start, int End, ModerationFlag Flag, string? Mask)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
