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
        AccountStatus.AwaitingEmailConfirmation => "en-attente-confirmation",
        AccountStatus.AwaitingActivation => "en-attente-activation",
        AccountStatus.Active => "actif",
        _ => "desactive",
    };

    public static AccountStatus? ParseStatus(string? status) => status switch
    {
        "en-attente-confirmation" => AccountStatus.AwaitingEmailConfirmation,
        "en-attente-activation" => AccountStatus.AwaitingActivation,
        "actif" => AccountStatus.Active,
        "desactive" => AccountStatus.Deactivated,
        _ => null,
    };
}
