using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sirius.BuildingBlocks.Email;

namespace Sirius.BuildingBlocks.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEmailSender"/> over SMTP, configured from the <c>Smtp</c> section. The settings are
    /// checked when the sender is first used, so a host that sends no email needs no <c>Smtp</c> section.
    /// </summary>
    public static IServiceCollection AddSiriusEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .ValidateDataAnnotations();
        services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
