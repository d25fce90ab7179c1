namespace Sirius.BuildingBlocks;

// Every request declares an authorization decision (ADR 0035): it acts for a person (IRequireActor, authorized in the
// pipeline by its IAuthorizer before the handler), or it is deliberately public or run by the system.

/// <summary>
/// A request sent for a signed-in person, identified by their account id. The pipeline runs its
/// <see cref="IAuthorizer{TRequest}"/>s before the handler; a request of this kind without one is never handled.
/// The handler derives what the person may see (their SIRETs, their campaigns) from the actor, never from ids the
/// caller looked up.
/// </summary>
public interface IRequireActor
{
    Guid ActorId { get; }
}

/// <summary>A request only an active administrator may send (moderation, back office).</summary>
public interface IAdministratorRequest : IRequireActor;

/// <summary>
/// A request for CFA staff: an active establishment account with at least one SIRET, or an administrator. The handler
/// narrows what it reads or changes to the actor's SIRETs.
/// </summary>
public interface IEstablishmentRequest : IRequireActor;

/// <summary>
/// A request for consolidated figures: an active administrator or observer, the accounts with a statistics scope. The
/// handler narrows to that scope.
/// </summary>
public interface IStatisticsRequest : IRequireActor;

/// <summary>
/// A request anyone may send, without an account: public reads, an apprentice answering with the token of their link,
/// sign-in and sign-up. Whatever it needs to identify (a token, a password) it checks itself.
/// </summary>
public interface IPublicRequest;

/// <summary>
/// A request only the application itself sends: scheduled jobs, integration-event handlers, start-up tasks, a
/// handler's own sub-steps. No page or API sends it on a person's behalf.
/// </summary>
public interface ISystemRequest;

/// <summary>The authorization rule of a request kind, run by the pipeline before the handler.</summary>
public interface IAuthorizer<in TRequest>
{
    /// <summary>Null when the actor may send the request; otherwise the refusal (<see cref="ErrorKind.Forbidden"/> or <see cref="ErrorKind.NotFound"/>).</summary>
    Task<Error?> AuthorizeAsync(TRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A refusal of the authorization step for a request whose answer is not a <see cref="Result"/> (a query answering a
/// view): the host answers it with 403 or 404 after its kind.
/// </summary>
public sealed class RequestRefusedException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
