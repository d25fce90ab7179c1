using System.Security.Cryptography;
using MediatR;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// At start-up, after the migrations: the default questionnaire (version 1), the first administrator, from configuration
/// (<c>Sirius:Administrator:Email</c> and <c>Password</c>); in the demo (<c>Demo:Seed</c>), a demo administrator whose
/// password is generated and logged.
/// </summary>
internal sealed partial class StartupData(IServiceScopeFactory scopeFactory, IConfiguration configuration, ILogger<StartupData> logger)
    : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Two modules, two databases: side by side, on the second core while the host starts.
        await Task.WhenAll(
            SendAsync(new EnsureDefaultQuestionnaire(), "Default questionnaire", cancellationToken),
            EnsureAdministratorAsync(cancellationToken));

        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var demoPassword = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "!a";
            var created = await mediator.Send(new EnsureAdministrator("admin@demo.sirius.test", "Camille", "Administratrice", demoPassword, ResetPassword: true), cancellationToken);
            Check(created, "Administrator account");
            LogDemoAdministrator(logger, "admin@demo.sirius.test", demoPassword);
            if (await mediator.Send(new SeedDemoCatalogue(), cancellationToken) is { } report)
            {
                LogDemoCatalogue(logger, report.Created, report.Lines, report.Seconds);
            }
        }
    }

    private Task EnsureAdministratorAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Sirius:Administrator:Email"];
        var password = configuration["Sirius:Administrator:Password"];
        return string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)
            ? Task.CompletedTask
            : SendAsync(new EnsureAdministrator(email, "Administrateur", "Sirius", password), "Administrator account", cancellationToken);
    }

    private async Task SendAsync<TResult>(IRequest<TResult> command, string what, CancellationToken cancellationToken)
        where TResult : BuildingBlocks.Result
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        Check(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken), what);
    }

    private static void Check(BuildingBlocks.Result result, string what)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(what + ": " + result.Error!.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalogue: {Created} formations from {Lines} lines in {Seconds:F1} s")]
    private static partial void LogDemoCatalogue(ILogger logger, int created, int lines, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo administrator: {Email} / {Password} (a new password at each start)")]
    private static partial void LogDemoAdministrator(ILogger logger, string email, string password);
}
