using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Application.Accounts;

internal static class NewPasswordField
{
    public static Result On(Result result) =>
        result.Error is { Field: "password" } error ? Result.Failure(error with { Field = "newPassword" }) : result;
}
