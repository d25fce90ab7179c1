namespace Sirius.Establishments.Domain.Accounts;

/// <summary>One administrator action on an account: who, what, when.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid ActorId { get; private set; }

    public Guid TargetAccountId { get; private set; }

    public string Action { get; private set; } = "";

    public string? Details { get; private set; }

    public static AuditEntry Record(DateTime nowUtc, Guid actorId, Guid targetAccountId, string action, string? details = null) =>
        new() { AtUtc = nowUtc, ActorId = actorId, TargetAccountId = targetAccountId, Action = action, Details = details };
}
