using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Sirius.Host.Web;

/// <summary>
/// A DSFR input group: label, hint, input and the French error message beside the field, linked with
/// aria-describedby so that screen readers announce it.
/// </summary>
[HtmlTargetElement("dsfr-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrInputTagHelper(HtmlEncoder encoder) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Required { get; set; }

    public bool Multiline { get; set; }

    /// <summary>Visible lines of a multiline field.</summary>
    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "-");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors : null;
        var hasError = errors is { Count: > 0 };
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var state) && state.AttemptedValue is not null
            ? state.AttemptedValue
            : Type == "password" ? null : For.Model?.ToString();
        var describedBy = new List<string>();
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
        }

        if (hasError)
        {
            describedBy.Add(id + "-error");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "fr-input-group fr-input-group--error" : "fr-input-group");
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"fr-label\" for=\"{id}\">{encoder.Encode(Label)}{(Required ? " <span aria-hidden=\"true\">*</span>" : "")}");
        if (Hint is not null)
        {
            html.Append($"<span class=\"fr-hint-text\" id=\"{id}-hint\">{encoder.Encode(Hint)}</span>");
        }

        html.Append("</label>");
        var common = $"class=\"fr-input{(hasError ? " fr-input--error" : "")}\" id=\"{id}\" name=\"{encoder.Encode(name)}\"" +
                     (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "") +
                     (hasError ? " aria-invalid=\"true\"" : "") +
                     (Required ? " required aria-required=\"true\"" : "") +
                     (Autocomplete is null ? "" : $" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        html.Append(Multiline
            ? $"<textarea {common} rows=\"{Rows}\">{encoder.Encode(value ?? "")}</textarea>"
            : $"<input {common} type=\"{encoder.Encode(Type)}\"{(value is null ? "" : $" value=\"{encoder.Encode(value)}\"")}>");
        if (hasError)
        {
            html.Append($"<p class=\"fr-error-text\" id=\"{id}-error\">{encoder.Encode(string.Join(" ", errors!.Select(e => e.ErrorMessage)))}</p>");
        }

        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>A DSFR error alert listing the form's errors, each linking to its field; nothing when the form is valid.</summary>
[HtmlTargetElement("dsfr-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrErrorSummaryTagHelper(HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-alert fr-alert--error fr-mb-3w");
        output.Attributes.SetAttribute("role", "alert");
        var items = modelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(e => e.Value!.Errors.Select(error => string.IsNullOrEmpty(e.Key)
                ? $"<li>{encoder.Encode(error.ErrorMessage)}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(e.Key, "-")}\">{encoder.Encode(error.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent(
            $"<h2 class=\"fr-alert__title\">Le formulaire contient {modelState.ErrorCount} erreur{(modelState.ErrorCount > 1 ? "s" : "")}</h2><ul>{string.Concat(items)}</ul>");
    }
}
