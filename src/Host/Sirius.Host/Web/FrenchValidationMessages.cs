using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sirius.Host.Web;

/// <summary>
/// The framework's own model-binding and validation messages, in French, set once for every page: those of the model
/// binders (a value that does not convert, a missing value) and the default messages of DataAnnotations attributes.
/// Sirius validates its commands with FluentValidation in French; these are only what the framework itself says.
/// </summary>
internal sealed class FrenchValidationMessages : IValidationMetadataProvider
{
    private static readonly Dictionary<Type, string> AttributeMessages = new()
    {
        [typeof(RequiredAttribute)] = "Le champ «\u00a0{0}\u00a0» est obligatoire.",
        [typeof(StringLengthAttribute)] = "Le champ «\u00a0{0}\u00a0» doit contenir au plus {1} caractères.",
        [typeof(MaxLengthAttribute)] = "Le champ «\u00a0{0}\u00a0» doit contenir au plus {1} caractères ou éléments.",
        [typeof(MinLengthAttribute)] = "Le champ «\u00a0{0}\u00a0» doit contenir au moins {1} caractères ou éléments.",
        [typeof(RangeAttribute)] = "Le champ «\u00a0{0}\u00a0» doit être compris entre {1} et {2}.",
        [typeof(EmailAddressAttribute)] = "Le champ «\u00a0{0}\u00a0» n’est pas une adresse électronique valide.",
        [typeof(CompareAttribute)] = "Les champs «\u00a0{0}\u00a0» et «\u00a0{1}\u00a0» ne correspondent pas.",
    };

    private const string OtherAttributeMessage = "Le champ «\u00a0{0}\u00a0» n’est pas valide.";

    public static void Apply(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        // The field's name is left out where the framework would give the C# property's (« PageNumber »): the message
        // is shown beside the field it concerns.
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur «\u00a0{value}\u00a0» n’est pas valide.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Le champ «\u00a0{field}\u00a0» est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Une valeur est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le contenu de la requête est obligatoire.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur «\u00a0{value}\u00a0» n’est pas valide.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n’est pas valide.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "La valeur doit être un nombre.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n’est pas valide.");
        messages.SetValueIsInvalidAccessor(value => $"La valeur «\u00a0{value}\u00a0» n’est pas valide.");
        messages.SetValueMustBeANumberAccessor(_ => "La valeur doit être un nombre.");
        messages.SetValueMustNotBeNullAccessor(_ => "Une valeur est obligatoire.");
        options.ModelMetadataDetailsProviders.Add(new FrenchValidationMessages());
    }

    /// <summary>Gives a French message to every validation attribute left with the framework's English one.</summary>
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceType is null)
            {
                attribute.ErrorMessage = AttributeMessages.GetValueOrDefault(attribute.GetType(), OtherAttributeMessage);
            }
        }
    }
}
