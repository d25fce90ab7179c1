using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// The widget page as rendered for one version of the public read models: while no testimony, count or vote changes,
/// a partner site's visitor gets the stored page without it being rendered again. The pages that thank for a vote,
/// refuse a second one, or lead back to a discovery search are never stored.
/// </summary>
public static class WidgetCache
{
    public const string Policy = "widget";

    public static IServiceCollection AddWidgetCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(5))
            .SetVaryByQuery("etablissement", Pages.Widget.WidgetModel.PageParameter)
            .With(context => !context.HttpContext.Request.Query.ContainsKey("merci") && !context.HttpContext.Request.Query.ContainsKey("deja")
                && !context.HttpContext.Request.Query.ContainsKey(Pages.Widget.WidgetModel.BackParameter))
            .VaryByValue(async (http, cancellationToken) => new KeyValuePair<string, string>(
                "version",
                (await http.RequestServices.GetRequiredService<IPublicReadVersions>().ReadModelsAsync(cancellationToken))
                    .ToString(CultureInfo.InvariantCulture)))));
}
