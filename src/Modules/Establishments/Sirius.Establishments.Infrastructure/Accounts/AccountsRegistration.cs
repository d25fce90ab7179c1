using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Domain.Accounts;

namespace Sirius.Establishments.Infrastructure.Accounts;

internal static class AccountsRegistration
{
    public static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiriusOptions>().Bind(configuration.GetSection(SiriusOptions.SectionName));
        services.AddIdentityCore<Account>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 5;
                // No lockout: five failures from anyone would lock the owner out (ADR 0019).
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddUserStore<AccountStore>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(2));
        services.AddScoped<IAccountSecurity, AccountSecurity>();
        services.AddSingleton<IPublicLinks, PublicLinks>();
    }
}
