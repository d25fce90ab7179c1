using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sirius.BuildingBlocks.Infrastructure.Hosting;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Host;
using Sirius.Host.Api;
using Sirius.Host.OpenData;
using Sirius.Host.Web;
using Sirius.Host.Web.Impact;
using Sirius.Host.Web.SharingKit;

var french = CultureInfo.GetCultureInfo("fr-FR");
CultureInfo.DefaultThreadCurrentCulture = french;
CultureInfo.DefaultThreadCurrentUICulture = french;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
builder.AddSiriusRequestLimits();

builder.Services.AddSiriusPlatform(builder.Configuration);
builder.Services.AddModules(builder.Configuration);
builder.Services.AddSiriusOpenData(builder.Configuration);
builder.Services.AddSiriusScheduler(builder.Configuration);

// Several instances must share the keys that protect cookies, anti-forgery and e-mail tokens (docs/deployment.md).
var protection = builder.Services.AddDataProtection().SetApplicationName("Sirius");
if (builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keysDirectory)
{
    protection.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
}

builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ErrorHandling>();
builder.Services.AddStartupTask<StartupData>();
builder.Services.AddSingleton<CampaignLinks>();
builder.Services.AddRazorPages(o =>
{
    o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
    o.Conventions.AuthorizeFolder("/Admin", Roles.Administrator);
    o.Conventions.AuthorizeFolder("/Espace");
    o.Conventions.AuthorizeFolder("/Espace/Campagnes", Roles.Establishment);
}).AddMvcOptions(o =>
{
    // No jQuery-style keys ("a[b]") here: their parser throws on a key with an unclosed bracket (a 500).
    o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
    // Commands are validated by FluentValidation; a non-nullable property bound from the query (a filter with its
    // default, such as /admin/moderation's "statut") is optional, not implicitly required.
    o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    FrenchValidationMessages.Apply(o);
    DecimalWholeNumbers.Apply(o);
});
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(AccountSession.Configure);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Roles.Administrator, p => p.RequireRole(Roles.Administrator))
    .AddPolicy(Roles.Establishment, p => p.RequireRole(Roles.Establishment, Roles.Administrator))
    .AddPolicy(Roles.Observer, p => p.RequireRole(Roles.Observer, Roles.Administrator));
builder.Services.AddSiriusRateLimits(builder.Configuration);
builder.Services.AddWidgetCache();
builder.Services.AddPublicReadCache();
builder.Services.AddImpactCounting(builder.Configuration);
builder.Services.AddSingleton<RespondentAddress>();
builder.Services.AddSingleton<SignInThrottle>();
builder.Services.AddSingleton<FeedbackTickets>();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "sirius-af";
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddSiriusApiDocumentation();
builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

var app = builder.Build();
var startup = app.Services.GetRequiredService<StartupGate>();
startup.Begin();

// First: the client's address and scheme, as the trusted proxies saw them, for everything after (docs/deployment.md).
app.UseForwardedHeaders();

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = ErrorHandling.PagePath,
    StatusCodeSelector = ErrorHandling.StatusFor,
    SuppressDiagnosticsCallback = ErrorHandling.IsClientError,
});
app.UseStatusCodePagesWithReExecute(ErrorHandling.PagePath, "?code={0}");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseApiCors();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(french),
    SupportedCultures = [french],
    SupportedUICultures = [french],
});
app.UseStaticFiles();
app.UseStartingUpAnswer();
app.UseRouting();
app.UseBodySizeLimit();
app.UsePageMethods();
app.UseRateLimiter();
app.UseImpactCounting();
app.UseOutputCache();
// Inside the output cache: a stored page already carries its typography, so a cache hit is not rewritten again.
app.UseFrenchTypography();
app.UseAuthentication();
app.UseNoStoreWhenSignedIn();
app.UseAuthorization();
app.UseTermsAcceptance();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapReadiness("/health/ready");
app.MapSiriusApiDocumentation();
app.MapModules();
app.MapSiriusOpenData();
app.MapDiscoveryClicks();
app.MapOneClickUnsubscribe();
app.MapRazorPages();

try
{
    await app.RunAsync();
}
catch (OperationCanceledException) when (startup.Failed)
{
    // The start-up work failed before the host had started: the host gives up starting.
}

return startup.Failed ? 1 : 0;

/// <summary>Entry point, visible to the HTTP and browser tests.</summary>
public partial class Program;
