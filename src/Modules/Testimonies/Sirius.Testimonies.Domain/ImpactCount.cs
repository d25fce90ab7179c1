namespace Sirius.Testimonies.Domain;

/// <summary>
/// How many times one thing happened on one day for one widget or formation, as seen from one embedding site: an
/// aggregate kept instead of any record of a visit (no address, no cookie, no user agent).
/// </summary>
public sealed class ImpactCount
{
    private ImpactCount()
    {
    }

    public DateOnly Day { get; private set; }

    /// <summary>One of the Testimonies contracts' <c>ImpactMeasures</c>.</summary>
    public string Measure { get; private set; } = "";

    /// <summary>« formation/CODE » or « etablissement/CODE », as the widget or the discovery link named it.</summary>
    public string Target { get; private set; } = "";

    /// <summary>The establishment it is credited to; empty when it cannot be (a formation's widget over all its places).</summary>
    public string Siret { get; private set; } = "";

    /// <summary>The embedding site as scheme and host, « sirius » for Sirius's own pages, empty when the browser did not say.</summary>
    public string Origin { get; private set; } = "";

    public long Count { get; set; }

    public static ImpactCount Create(DateOnly day, string measure, string target, string siret, string origin) =>
        new() { Day = day, Measure = measure, Target = target, Siret = siret, Origin = origin };
}
