using System.Security.Cryptography;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Campaigns;

/// <summary>Whether a campaign accepts answers today, and why not.</summary>
public enum CampaignAvailability
{
    Open,
    NotStarted,
    Ended,
    Full,
    Deleted,
}

/// <summary>
/// A CFA asks the apprentices of one formation to answer one questionnaire version between two dates, through an
/// unguessable public link. <see cref="Seats"/> caps the completed responses (0 = unlimited); deleting is soft.
/// </summary>
public sealed class Campaign
{
    public const int NameMaxLength = 200;
    public const int TokenLength = 24;
    public const int SeatsMax = 100_000;

    /// <summary>How far from today a campaign may start or end: far dates are typing errors and overflow cookie expiries.</summary>
    public const int YearsAround = 5;

    private Campaign()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The public link's secret: 18 random bytes in URL-safe base64 (24 characters).</summary>
    public string Token { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string FormationKey { get; private set; } = "";

    /// <summary>The formateur's SIRET: whoever may act for it manages the campaign.</summary>
    public string Siret { get; private set; } = "";

    public Guid VersionId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int Seats { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DeletedAtUtc { get; private set; }

    /// <summary>Only personal invitations may start a response: the open link and the QR code are refused.</summary>
    public bool PersonalInvitationsOnly { get; private set; }

    /// <summary>Completed responses; raised only by a conditional update that never exceeds <see cref="Seats"/>.</summary>
    public int ResponsesCount { get; private set; }

    public static Result<Campaign> Create(
        string name, string formationKey, string siret, Guid versionId, DateOnly startDate, DateOnly endDate, int seats, Guid createdBy, DateTime nowUtc)
    {
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            Token = NewToken(),
            FormationKey = formationKey,
            Siret = siret,
            VersionId = versionId,
            CreatedBy = createdBy,
            CreatedAtUtc = nowUtc,
        };
        var set = campaign.Change(name, startDate, endDate, seats, DateOnly.FromDateTime(nowUtc));
        return set.IsSuccess ? campaign : set.Error!;
    }

    /// <summary>
    /// Renames, moves the dates or the seats; seats cannot go below the responses already counted. New dates must lie
    /// within <see cref="YearsAround"/> years of <paramref name="today"/>.
    /// </summary>
    public Result Change(string name, DateOnly startDate, DateOnly endDate, int seats, DateOnly today)
    {
        name = PlainText.Line(name);
        if (DeletedAtUtc is not null)
        {
            return Error.NotFound("campaign.not_found", "Cette campagne n’existe pas.");
        }

        if (name.Length == 0 || name.Length > NameMaxLength)
        {
            return new Error("campaign.name", $"Le nom de la campagne est obligatoire ({NameMaxLength} caractères au maximum).", ErrorKind.Invalid, "name");
        }

        if (endDate < startDate)
        {
            return new Error("campaign.dates", "La date de fin doit être postérieure ou égale à la date de début.", ErrorKind.Invalid, "endDate");
        }

        var (earliest, latest) = (today.AddYears(-YearsAround), today.AddYears(YearsAround));
        if ((startDate != StartDate || endDate != EndDate) && (startDate < earliest || endDate > latest))
        {
            return new Error(
                "campaign.dates",
                $"Les dates d’une campagne doivent se situer entre le {earliest:dd/MM/yyyy} et le {latest:dd/MM/yyyy}.",
                ErrorKind.Invalid,
                startDate < earliest ? "startDate" : "endDate");
        }

        if (seats < 0 || seats > SeatsMax)
        {
            return new Error("campaign.seats", $"Le nombre de places doit être compris entre 0 (illimité) et {SeatsMax}.", ErrorKind.Invalid, "seats");
        }

        if (seats != 0 && seats < ResponsesCount)
        {
            return new Error("campaign.seats", $"La campagne a déjà {ResponsesCount} réponses : elle ne peut pas compter moins de places.", ErrorKind.Invalid, "seats");
        }

        Name = name;
        StartDate = startDate;
        EndDate = endDate;
        Seats = seats;
        return Result.Success();
    }

    public void RequirePersonalInvitations(bool only) => PersonalInvitationsOnly = only;

    public void Delete(DateTime nowUtc) => DeletedAtUtc ??= nowUtc;

    public CampaignAvailability AvailabilityOn(DateOnly today) =>
        DeletedAtUtc is not null ? CampaignAvailability.Deleted
        : today < StartDate ? CampaignAvailability.NotStarted
        : today > EndDate ? CampaignAvailability.Ended
        : Seats != 0 && ResponsesCount >= Seats ? CampaignAvailability.Full
        : CampaignAvailability.Open;

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
