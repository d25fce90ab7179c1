using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sirius.Host.Web;

/// <summary>
/// Whole numbers read in decimal only, refused in French: the framework's converter also reads « 0x10 » as 16 and
/// refuses « 1e3 » in English. The framework's other messages are in <see cref="FrenchValidationMessages"/>.
/// </summary>
internal static class DecimalWholeNumbers
{
    private const string Required = "Ce champ est obligatoire.";

    public static void Apply(MvcOptions options) => options.ModelBinderProviders.Insert(0, new WholeNumberBinderProvider());

    private sealed class WholeNumberBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) is var type && (type == typeof(int) || type == typeof(long))
                ? new WholeNumberBinder()
                : null;
    }

    private sealed class WholeNumberBinder : IModelBinder
    {
        public const string NotANumber = "Saisissez un nombre entier, en chiffres (par exemple 12).";

        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue?.Trim();
            var type = Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType;
            if (string.IsNullOrEmpty(text))
            {
                if (bindingContext.ModelType != type)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                    return Task.CompletedTask;
                }

                // As the framework does for a value type left empty.
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Required);
                bindingContext.Result = ModelBindingResult.Failed();
                return Task.CompletedTask;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && (type == typeof(long) || number is >= int.MinValue and <= int.MaxValue))
            {
                bindingContext.Result = ModelBindingResult.Success(type == typeof(int) ? (object)(int)number : number);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, NotANumber);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }
}
