using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sirius.Host.Web;

/// <summary>
/// What model binding says in French, and whole numbers read in decimal only: the framework's converter also reads
/// « 0x10 » as 16 and « 1e3 » is refused in English.
/// </summary>
internal static class FrenchModelBinding
{
    private const string NotValid = "La valeur saisie n’est pas valide.";
    private const string Required = "Ce champ est obligatoire.";

    public static void Apply(MvcOptions options)
    {
        options.ModelBinderProviders.Insert(0, new WholeNumberBinderProvider());
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => NotValid);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => NotValid);
        messages.SetUnknownValueIsInvalidAccessor(_ => NotValid);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => NotValid);
        messages.SetValueIsInvalidAccessor(_ => NotValid);
        messages.SetValueMustBeANumberAccessor(_ => WholeNumberBinder.NotANumber);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => WholeNumberBinder.NotANumber);
        messages.SetValueMustNotBeNullAccessor(_ => Required);
        messages.SetMissingBindRequiredValueAccessor(_ => Required);
        messages.SetMissingKeyOrValueAccessor(() => Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "La requête est vide.");
    }

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
