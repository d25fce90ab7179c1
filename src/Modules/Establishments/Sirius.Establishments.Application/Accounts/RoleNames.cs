using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal static class RoleNames
{
    public static string Of(AccountRole role) => role switch
    {
        AccountRole.Administrator => Roles.Administrator,
        AccountRole.Observer => Roles.Observer,
        _ => Roles.Establishment,
    };

    public static AccountRole? Parse(string? role) => role switch
    {
        Roles.Administrator => AccountRole.Administrator,
        Roles.Observer => AccountRole.Observer,
        Roles.Establishment => AccountRole.Establishment,
        _ => null,
    };

    public static string Label(AccountStatus status) => status switch
    {
        AccountStatus.AwaitingEmailConfirmation => AccountStatuses.AwaitingEmailConfirmation,
        AccountStatus.AwaitingActivation => AccountStatuses.AwaitingActivation,
        AccountStatus.Active => AccountStatuses.Active,
        _ => AccountStatuses.Deactivated,
    };

    public static AccountStatus? ParseStatus(string? status) => status switch
    {
        AccountStatuses.AwaitingEmailConfirmation => AccountStatus.AwaitingEmailConfirmation,
        AccountStatuses.AwaitingActivation => AccountStatus.AwaitingActivation,
        AccountStatuses.Active => AccountStatus.Active,
        AccountStatuses.Deactivated => AccountStatus.Deactivated,
        _ => null,
    };
}
