using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts.Accounts;

/// <summary>
/// A request the account holder sends about their own account (terms, password, sign-out, deletion): the account it
/// acts on is the actor's, whatever its status, so that a deactivated account may still sign out.
/// </summary>
public interface IAccountHolderRequest : IRequireActor;
