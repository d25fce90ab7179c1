using Sirius.BuildingBlocks;

namespace Sirius.Testimonies.Contracts;

/// <summary>What the impact counters count (docs/rgpd.md): never who, only how many.</summary>
public static class ImpactMeasures
{
    /// <summary>A widget loaded (its first page).</summary>
    public const string Impression = "affichage";

    /// <summary>A testimony shown on a page of a widget.</summary>
    public const string TestimonyShown = "temoignage";

    /// <summary>A click from a /decouvrir result to the formation's testimonies.</summary>
    public const string DiscoveryClick = "clic-decouvrir";

    /// <summary>The origin recorded for Sirius's own pages (a widget opened from /decouvrir).</summary>
    public const string SiriusOrigin = "sirius";
}

/// <summary>One thing to count, as the host saw it; the host buffers and adds them up before sending a batch.</summary>
/// <param name="Target">« formation/CODE » or « etablissement/CODE ».</param>
/// <param name="Siret">The establishment the widget or link was for, when it named one (a UAI is resolved here).</param>
/// <param name="Testimony">For <see cref="ImpactMeasures.TestimonyShown"/>: the testimony, credited to its establishment.</param>
/// <param name="Origin">Scheme and host of the embedding site, <see cref="ImpactMeasures.SiriusOrigin"/>, or empty.</param>
public sealed record ImpactHit(DateOnly Day, string Measure, string Target, string? Siret, Guid? Testimony, string Origin);

/// <summary>Adds a batch of counts to the day × measure × target × establishment × origin counters; answers the rows written.</summary>
public sealed record RecordImpact(IReadOnlyDictionary<ImpactHit, long> Counts) : IAtomicCommand<int>, ISystemRequest;

/// <summary>Totals of a period. Votes are the « utile ? » answers (one per browser and address, see the widget).</summary>
public sealed record ImpactTotals(long Impressions, long TestimoniesShown, long UsefulYes, long UsefulNo, long DiscoveryClicks)
{
    public static readonly ImpactTotals Zero = new(0, 0, 0, 0, 0);

    public ImpactTotals Plus(ImpactTotals other) => new(
        Impressions + other.Impressions, TestimoniesShown + other.TestimoniesShown, UsefulYes + other.UsefulYes,
        UsefulNo + other.UsefulNo, DiscoveryClicks + other.DiscoveryClicks);
}

/// <summary>The public impact figures from <paramref name="From"/> (included) to <paramref name="To"/> (included).</summary>
public sealed record GetImpactFigures(DateOnly From, DateOnly To) : IQuery<ImpactFigures>, IPublicRequest;

/// <param name="Months">Each month of the period, oldest first, with its totals (months without any are there, at zero).</param>
/// <param name="PartnerSites">The embedding sites with most widget impressions (Sirius's own pages left out), most first.</param>
public sealed record ImpactFigures(ImpactTotals Totals, IReadOnlyList<ImpactMonth> Months, IReadOnlyList<PartnerSite> PartnerSites);

public sealed record ImpactMonth(DateOnly Month, ImpactTotals Totals);

public sealed record PartnerSite(string Origin, long Impressions);

/// <summary>
/// The impact of the testimonies and widgets of the actor's establishments (its SIRETs and their formateurs) since
/// <paramref name="From"/>, for the results page of a CFA; none for an administrator, who holds no SIRET.
/// </summary>
public sealed record GetEstablishmentImpact(Guid ActorId, DateOnly From) : IQuery<ImpactTotals>, IEstablishmentRequest;

/// <summary>The impact per région since <paramref name="From"/>, by the région of the establishment credited; what cannot be credited to one is under an empty code.</summary>
public sealed record GetImpactByRegion(Guid ActorId, DateOnly From) : IQuery<IReadOnlyDictionary<string, ImpactTotals>>, IStatisticsRequest;

/// <summary>Every counter added up per month, measure, target, establishment and origin, and the votes per month and establishment, for the open data.</summary>
public sealed record GetImpactForOpenData : IQuery<IReadOnlyList<ImpactOpenDataRow>>, IPublicRequest;

/// <param name="Measure">An <see cref="ImpactMeasures"/> value, or « utile-oui » / « utile-non » for votes (no target, no origin).</param>
public sealed record ImpactOpenDataRow(DateOnly Month, string Measure, string Target, string Siret, string Origin, long Count);
