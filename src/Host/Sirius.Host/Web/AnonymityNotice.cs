namespace Sirius.Host.Web;

/// <summary>What a reader is told where figures are withheld below the anonymity threshold (<c>Sirius:AnonymityThreshold</c>).</summary>
public static class AnonymityNotice
{
    public static string For(int threshold) =>
        $"Moins de {threshold} réponses : les résultats sont masqués pour protéger l’anonymat des apprentis.";
}
