using System.Security.Cryptography;
using MediatR;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// At start-up: the default questionnaire (version 1), the first administrator, from configuration (<c>Sirius:Administrator:Email</c> and
/// <c>Password</c>); in the demo (<c>Demo:Seed</c>), a demo administrator whose password is generated and logged.
/// </summary>
internal static partial class StartupData
{
    public static async Task EnsureAsync(WebApplication app)
    {
        var configuration = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Sirius.Startup");

        Check(await mediator.Send(new EnsureDefaultQuestionnaire()), "Default questionnaire");

        var email = configuration["Sirius:Administrator:Email"];
        var password = configuration["Sirius:Administrator:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password))
        {
            Check(await mediator.Send(new EnsureAdministrator(email, "Administrateur", "Sirius", password)), "Administrator account");
        }

        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            var demoPassword = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "!a";
            var created = await mediator.Send(new EnsureAdministrator("admin@demo.sirius.test", "Camille", "Administratrice", demoPassword, ResetPassword: true));
            Check(created, "Administrator account");
            LogDemoAdministrator(logger, "admin@demo.sirius.test", demoPassword);
            if (await mediator.Send(new SeedDemoCatalogue()) is { } report)
            {
                LogDemoCatalogue(logger, report.Created, report.Lines, report.Seconds);
            }
        }
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
