using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>
/// A read of the campaigns pages for any active CFA account, even one no SIRET is attached to yet, or an
/// administrator; an observer is refused. The handler narrows to the actor's SIRETs and answers nothing for none, so
/// that such an account sees empty lists where an <see cref="IEstablishmentRequest"/> would refuse it.
/// </summary>
public interface IEstablishmentAccountRequest : IRequireActor;
