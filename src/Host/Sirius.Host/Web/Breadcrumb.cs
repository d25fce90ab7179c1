using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Sirius.Host.Web;

/// <summary>A page above the current one in the breadcrumb.</summary>
public sealed record Crumb(string Label, string Href);

/// <summary>
/// The breadcrumb of a deep page: the pages above it, set by the page; the layout renders it (Pages/Shared/_Breadcrumb.cshtml)
/// with « Accueil » first and the page's title last.
/// </summary>
public static class Breadcrumb
{
    private const string Key = "Breadcrumb";

    public static void SetBreadcrumb(this ViewDataDictionary viewData, params Crumb[] parents) => viewData[Key] = parents;

    public static IReadOnlyList<Crumb>? BreadcrumbOf(ViewDataDictionary viewData) => viewData[Key] as Crumb[];
}
