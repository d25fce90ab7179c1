using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Application.Accounts;

internal static class NewPasswordField
{
    public static Result On(Result result) =>
        result.Error is { Field: "password" } error ? Result.Failure(error with { Field = "newPassword" }) : result;
}
