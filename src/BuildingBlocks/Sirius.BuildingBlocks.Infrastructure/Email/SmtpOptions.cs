using System.ComponentModel.DataAnnotations;

namespace Sirius.BuildingBlocks.Infrastructure.Email;

/// <summary>
/// Bound from the <c>Smtp</c> configuration section. Server, account and sender address come from configuration
/// only. When <see cref="PickupDirectory"/> is set, messages are written there as .eml files and no server is used.
/// </summary>
internal sealed class SmtpOptions : IValidatableObject
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Upgrades the connection with STARTTLS; the message is not sent when the server does not offer it.</summary>
    public bool EnableTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromDisplayName { get; set; } = "Sirius";

    /// <summary>Local development: a folder that receives one .eml file per message instead of a server.</summary>
    public string? PickupDirectory { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesPickupDirectory => !string.IsNullOrWhiteSpace(PickupDirectory);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FromAddress))
        {
            yield return new ValidationResult("Smtp:FromAddress is required.", [nameof(FromAddress)]);
        }

        if (!UsesPickupDirectory && string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Smtp:Host is required unless Smtp:PickupDirectory is set.", [nameof(Host)]);
        }

        if (Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Smtp:Port must be between 1 and 65535.", [nameof(Port)]);
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:Password is required when Smtp:UserName is set.", [nameof(Password)]);
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Smtp:Timeout must be positive.", [nameof(Timeout)]);
        }
    }
}
