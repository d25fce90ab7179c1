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
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<AccountStore>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(2));
        services.AddScoped<IAccountSecurity, AccountSecurity>();
        services.AddSingleton<IPublicLinks, PublicLinks>();
    }
}
