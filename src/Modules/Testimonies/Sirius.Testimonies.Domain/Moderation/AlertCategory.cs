namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>Kinds of harm an apprentice may report in a verbatim, each calling for a human follow-up.</summary>
public enum AlertCategory
{
    /// <summary>Moral harassment or bullying by the employer, a tutor, a colleague or other apprentices.</summary>
    Harassment,

    /// <summary>Racist, sexist, homophobic or other discriminatory names or treatment.</summary>
    Discrimination,

    /// <summary>Hazing (bizutage) and humiliating initiation rituals.</summary>
    Hazing,

    /// <summary>Threats suffered: of violence, or of ending the contract as pressure.</summary>
    ThreatSuffered,

    /// <summary>Physical violence suffered.</summary>
    Violence,

    /// <summary>Sexual harassment or assault.</summary>
    SexualHarassment,

    /// <summary>Danger at work: no protective equipment, dangerous machines, forbidden tasks.</summary>
    Safety,

    /// <summary>An injury or accident left without care or declaration.</summary>
    Injury,

    /// <summary>Labour law breaches: unpaid hours, night or Sunday work of a minor, excessive hours, no pay.</summary>
    LabourLaw,

    /// <summary>Signs of distress, despair or self-harm.</summary>
    Distress,
}

public static class AlertCategories
{
    public static string Label(AlertCategory category) => category switch
    {
        AlertCategory.Harassment => "Harcèlement",
        AlertCategory.Discrimination => "Discrimination ou propos racistes, sexistes",
        AlertCategory.Hazing => "Bizutage",
        AlertCategory.ThreatSuffered => "Menaces subies",
        AlertCategory.Violence => "Violence subie",
        AlertCategory.SexualHarassment => "Harcèlement ou violence sexuels",
        AlertCategory.Safety => "Sécurité au travail",
        AlertCategory.Injury => "Blessure ou accident sans prise en charge",
        AlertCategory.LabourLaw => "Droit du travail (heures, travail de nuit d’un mineur, salaire)",
        AlertCategory.Distress => "Détresse ou idées suicidaires",
        _ => category.ToString(),
    };
}
