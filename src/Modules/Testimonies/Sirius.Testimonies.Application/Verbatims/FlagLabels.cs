using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class FlagLabels
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (nameof(FlagKind.Alert), "Alerte"),
        (nameof(FlagKind.Email), "Adresse électronique"),
        (nameof(FlagKind.Phone), "Téléphone"),
        (nameof(FlagKind.Url), "Adresse web"),
        (nameof(FlagKind.Address), "Adresse postale"),
        (nameof(FlagKind.SocialHandle), "Pseudonyme de réseau social"),
        (nameof(FlagKind.FirstName), "Prénom"),
        (nameof(FlagKind.LastName), "Nom de famille"),
        (nameof(FlagKind.Vulgarity), "Grossièreté"),
        (nameof(FlagKind.Insult), "Insulte"),
        (nameof(FlagKind.Threat), "Menace"),
        (nameof(FlagKind.Gibberish), "Texte incompréhensible"),
        (nameof(FlagKind.TooShort), "Texte trop court"),
    ];

    public static string Label(string kind) => All.FirstOrDefault(f => f.Value == kind).Label ?? kind;
}
