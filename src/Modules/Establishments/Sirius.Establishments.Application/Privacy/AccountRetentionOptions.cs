
namespace Sirius.Establishments.Application.Privacy;

/// <summary>Bound from <c>Retention</c>: how long accounts and the administrators' audit entries are kept.</summary>
public sealed class AccountRetentionOptions
{
    /// <summary>The confirmation link is valid 48 hours; the address is kept a few more days for a new link.</summary>
    public int UnconfirmedAccountsDays { get; set; } = 7;

    /// <summary>Since the last sign-in (or the activation, or the sign-up when neither happened).</summary>
    public int InactiveAccountsDays { get; set; } = 730;

    public int AuditEntriesDays { get; set; } = 365;
}
