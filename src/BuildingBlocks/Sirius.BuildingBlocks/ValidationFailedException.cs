namespace Sirius.BuildingBlocks;

/// <summary>Raised by the validation step of the pipeline; carries French messages per field.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("La requête contient des erreurs de saisie.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
