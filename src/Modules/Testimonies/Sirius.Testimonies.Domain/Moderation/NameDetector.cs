using System.Collections.Frozen;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// First and last names, from a list of first names and from context: a civility ("M. Dupont",
/// "madame Martin"), a role ("mon tuteur Kevin", "le chef Dupont"), an introduction ("je m'appelle"),
/// or a capitalised word right after a first name ("Inès Benali").
/// </summary>
internal static class NameDetector
{
    private static readonly FrozenSet<string> Civilities = Lexicon.Words("m mr mme mlle mmes monsieur madame mademoiselle dr docteur");

    private static readonly FrozenSet<string> Roles = Lexicon.Words(
        """
        tuteur tutrice tuteurs prof profs professeur professeure formateur formatrice formateurs patron patronne
        chef cheffe collegue collegues directeur directrice responsable manager gerant gerante referent referente cpe
        proviseur proviseure surveillant surveillante conseiller conseillere employeur employeuse boss binome copain
        copine copains copines pote potes ami amie amis amies frere soeur cousin cousine secretaire coach mentor
        coordinateur coordinatrice camarade camarades maitre maitresse
        """);

    // Words after which a name needs no capital to be believed: "je m'appelle lea", "mon tuteur kevin".
    private static readonly FrozenSet<string> Introductions = Lexicon.Words("appelle appelait appellent");

    // Words after which a capitalised first name that is also a word is a name: "avec Pierre", "merci à Rose".
    private static readonly FrozenSet<string> Companions = Lexicon.Words("avec merci remercie salut bonjour coucou bisous dedicace");

    private static readonly FrozenSet<string> SubjectsAfterCompanion = Lexicon.Words("on qui il elle nous ils elles moi");

    // Words before which a capitalised word is rather a thing or a place: "la Marine", "en France".
    private static readonly FrozenSet<string> Determiners = Lexicon.Words(
        "la le les l un une des du de d en au aux ce cet cette mon ma mes ton ta tes son sa ses notre votre leur a par sur dans pour sans vers chez");

    private static readonly FrozenSet<string> Places = Lexicon.Words(
        """
        saint sainte st ste rue avenue boulevard bd place allee impasse chemin quai pont lycee college ecole cfa campus
        institut centre universite hopital clinique stade gymnase residence espace
        """);

    // Nouns after which a capitalised word names a variety, a model or a brand: « pains Marguerite », « ananas Victoria »,
    // « tracteur John Deere », « voiture Mégane ».
    private static readonly FrozenSet<string> ProductNouns = Lexicon.Words(
        """
        pain pains baguette baguettes gateau gateaux tarte tartes brioche viennoiserie fromage fromages vin vins biere
        bieres cepage cepages ananas pomme pommes poire poires tomate tomates fraise fraises peche peches prune prunes
        raisin salade salades variete varietes race races vache vaches rose roses tulipe tulipes plant plants
        voiture voitures auto autos moto motos scooter scooters camion camions camionnette tracteur tracteurs broyeur
        broyeurs tondeuse tondeuses machine machines robot robots four fours chaudiere chaudieres pompe pompes modele
        modeles marque marques gamme gammes logiciel logiciels appli application telephone telephones ordinateur
        perceuse perceuses visseuse meuleuse tronconneuse engin engins pelle pelleteuse grue chariot
        """);

    // A first name after these is a thing: « des Clio », « une Zoé », « deux Mégane ».
    private static readonly FrozenSet<string> CountingDeterminers = Lexicon.Words("un une des deux trois quatre cinq plusieurs quelques");

    private static readonly FrozenSet<string> GrammarWords = Lexicon.Words(
        """
        le la les l un une des du de d au aux ce cet cette ces est et ou a en y il elle ils elles on nous vous je tu
        qui que quoi dont ne pas se s mon ma mes ton ta tes son sa ses notre votre leur leurs avec pour par sur dans
        """);

    // Well-known people apprentices cite as references, and dishes named after someone: not personal data.
    // Kept short on purpose: each entry is a full name, so a namesake apprentice ("Paul") is still masked.
    private static readonly HashSet<string> WellKnown = new(
        """
        paul bocuse|thierry marx|cyril lignac|philippe etchebest|christophe michalak|pierre herme|joel robuchon
        alain ducasse|anne sophie pic|helene darroze|guy savoy|marc veyrat|gaston lenotre|auguste escoffier
        marie curie|louis pasteur|victor hugo|jules verne|jean moulin|coco chanel|yves saint laurent|karl lagerfeld
        jean paul gaultier|simone veil|charles de gaulle|emmanuel macron|zinedine zidane|kylian mbappe
        peche melba|belle helene|crepe suzette|crepes suzette|tarte tatin|pommes anna|sauce bearnaise
        """.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = Lexicon.Words("le la de du des da dos van von di ben el al");

    private static readonly FrozenSet<string> SurnameParticles = Lexicon.Words("d l", Particles);

    public static void Detect(NormalisedText text, List<Finding> findings)
    {
        var tokens = text.Tokens;
        var lastFirstName = -10;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (text.Masked[i] || !tokens[i].HasLetter)
                continue;

            if (WellKnownLength(text, i) is var known and > 0)
            {
                i += known - 1;
                continue;
            }

            // "lycée Victor Hugo", "rue Saint-Louis": a place named after someone is not personal data, nor
            // "pains Marguerite", "tracteur John Deere": a variety, a model or a brand.
            if (i > 0 && (Places.Contains(tokens[i - 1].Folded) && (tokens[i].IsCapitalised || tokens[i - 1].JoinedToNext) && !IsPersonAfterCfa(text, i)
                || ProductNouns.Contains(tokens[i - 1].Folded) && tokens[i].IsCapitalised && !tokens[i].PunctuationBefore && RoleBefore(text, i) < 0))
            {
                while (i + 1 < tokens.Length && (tokens[i].JoinedToNext || tokens[i + 1].IsCapitalised && !tokens[i + 1].PunctuationBefore))
                    i++;
                continue;
            }

            if (IsCivility(text, i) && NameLikeAfterCivility(text, i + 1))
            {
                var first = i + 1;
                if (FirstNameLength(text, first) is var length and > 0 && NameLikeAfterCivility(text, first + length) && !tokens[first + length - 1].JoinedToNext)
                {
                    AddFirstName(text, findings, first, first + length - 1, $"prénom après « {text.Slice(i, i)} »");
                    first += length;
                }

                var last = first + Math.Max(ParticleSurnameLength(text, first), 1) - 1;
                AddLastName(text, findings, first, last, $"nom après « {text.Slice(i, i)} »");
                i = last;
                continue;
            }

            var nameLength = FirstNameLength(text, i);
            if (nameLength > 0 && IsThing(text, i))
            {
                i += nameLength - 1;
                continue;
            }

            // « Romain Blanc, mon collègue » at the start of a sentence: a first name that is also a word, then a
            // capitalised word mid-sentence, is a full name.
            var fullName = nameLength > 0 && IsCapitalisedPair(text, i, nameLength);
            if (nameLength > 0 && (AcceptFirstName(text, i, nameLength, lastFirstName, out var rule) || fullName && (rule = "prénom suivi d'un nom avec une majuscule") is not null))
            {
                var end = i + nameLength - 1;
                var ambiguousName = nameLength == 1 && FirstNames.Ambiguous.Contains(tokens[i].Folded);
                AddFirstName(text, findings, i, end, rule);
                lastFirstName = end;
                if (ParticleSurnameLength(text, end + 1) is var particles and > 1 && tokens[i].IsCapitalised)
                {
                    AddLastName(text, findings, end + 1, end + particles, $"nom à particule après le prénom « {text.Slice(i, end)} »");
                    end += particles;
                }
                else if (fullName || IsLastNameAfterFirstName(text, end + 1, tokens[i].IsCapitalised && !ambiguousName))
                {
                    AddLastName(text, findings, end + 1, end + 1, $"nom après le prénom « {text.Slice(i, end)} »");
                    end++;
                }

                i = end;
                continue;
            }

            if (IsUnknownCapitalisedAfterRole(text, i))
            {
                AddLastName(text, findings, i, i, $"nom après « {text.Slice(i - 1, i - 1)} »");
                continue;
            }

            if (Surnames.Distinctive.Contains(tokens[i].Folded) && (tokens[i].IsCapitalised || RoleBefore(text, i) >= 0))
                AddLastName(text, findings, i, i, "liste de noms de famille");
        }
    }

    // « des Clio et des Mégane », « une Zoé »: counted like things, not people.
    private static bool IsThing(NormalisedText text, int i) =>
        i > 0 && CountingDeterminers.Contains(text.Tokens[i - 1].Folded) && RoleBefore(text, i) < 0 && !text.Tokens[i].PunctuationBefore;

    /// <summary>
    /// Number of words of a surname with particles starting at <paramref name="i"/>: « Le Gall », « Le Bihan »,
    /// « de la Fontaine », « Van Damme », « d'Artagnan »; 0 when there are no particles or no capitalised name after them.
    /// A lone lowercase « de » is not enough (« Léa de Lyon »), unless an apostrophe ties it (« d'Artagnan »).
    /// </summary>
    private static int ParticleSurnameLength(NormalisedText text, int i)
    {
        var tokens = text.Tokens;
        var particles = 0;
        while (i + particles < tokens.Length && particles < 3 && !text.Masked[i + particles] && !tokens[i + particles].PunctuationBefore
            && SurnameParticles.Contains(tokens[i + particles].Folded))
            particles++;
        var name = i + particles;
        if (particles == 0 || name >= tokens.Length || text.Masked[name] || tokens[name].PunctuationBefore
            || tokens[name].Case != WordCase.Capitalised || text.Shouted || tokens[name].Length < 2 || Roles.Contains(tokens[name].Folded) || Places.Contains(tokens[name].Folded))
            return 0;
        var first = tokens[i];
        var elided = tokens[name - 1].Folded is "d" or "l";
        return first.Case == WordCase.Capitalised || particles >= 2 || elided ? particles + 1 : 0;
    }

    // A capitalised first name and, right after it and not at a sentence start, a capitalised word that is neither
    // a grammar word, a role nor a place: « Romain Blanc », « Pierre Marchand ».
    private static bool IsCapitalisedPair(NormalisedText text, int i, int length)
    {
        var tokens = text.Tokens;
        var next = i + length;
        if (text.Shouted || tokens[i].Case != WordCase.Capitalised || FirstNames.RarelyPeople.Contains(tokens[i].Folded)
            || i > 0 && Determiners.Contains(tokens[i - 1].Folded) || next >= tokens.Length || text.Masked[next])
            return false;
        var token = tokens[next];
        return token.Case == WordCase.Capitalised && !token.PunctuationBefore && !token.StartsSentence && token.Length > 1
            && !GrammarWords.Contains(token.Folded) && !Determiners.Contains(token.Folded) && !Roles.Contains(token.Folded)
            && !Civilities.Contains(token.Folded) && !Places.Contains(token.Folded) && !ProductNouns.Contains(token.Folded);
    }

    private static bool IsCivility(NormalisedText text, int i)
    {
        var token = text.Tokens[i];
        if (!Civilities.Contains(token.Folded) || i + 1 >= text.Tokens.Length)
            return false;

        // A lone "M" is "monsieur" only as "M." or "M Dupont", never the size or the unit.
        if (token.Folded == "m")
        {
            return token.Case == WordCase.Capitalised
                && (text.Original.Length > token.End && text.Original[token.End] == '.' || text.Tokens[i + 1].IsCapitalised);
        }

        return true;
    }

    private static bool NameLikeAfterCivility(NormalisedText text, int i)
    {
        if (i >= text.Tokens.Length || text.Masked[i])
            return false;

        var token = text.Tokens[i];
        if (!token.HasLetter || token.Length < 2 && token.Case != WordCase.Capitalised)
            return false;
        // "M. Petit", "Mme Blanc": after a civility a capitalised word is a name unless it is a grammar word.
        if (token.IsCapitalised && !text.Shouted)
            return !Civilities.Contains(token.Folded) && !Roles.Contains(token.Folded) && (!GrammarWords.Contains(token.Folded) || Particles.Contains(token.Folded));
        return !FrenchWords.Common.Contains(token.Folded) && !Roles.Contains(token.Folded) && !Civilities.Contains(token.Folded);
    }

    /// <summary>Number of words (2 to 4) of a well-known full name starting at <paramref name="i"/>, or 0.</summary>
    private static int WellKnownLength(NormalisedText text, int i)
    {
        var tokens = text.Tokens;
        var name = tokens[i].Folded;
        for (var length = 2; length <= 4 && i + length - 1 < tokens.Length; length++)
        {
            name += " " + tokens[i + length - 1].Folded;
            if (WellKnown.Contains(name))
                return length;
        }

        return 0;
    }

    // « au CFA Thierry, le formateur… »: a lone first name after « CFA » is a person; « CFA Jean Moulin » is a place.
    private static bool IsPersonAfterCfa(NormalisedText text, int i)
    {
        if (text.Tokens[i - 1].Folded != "cfa" || text.Tokens[i - 1].JoinedToNext || FirstNameLength(text, i) is not (var length and > 0))
            return false;
        var next = i + length;
        return next >= text.Tokens.Length || text.Tokens[next].PunctuationBefore || !text.Tokens[next].IsCapitalised;
    }

    /// <summary>Number of words (1, or 2 for "Jean-Pierre") of a first name starting at <paramref name="i"/>, or 0.</summary>
    private static int FirstNameLength(NormalisedText text, int i)
    {
        var tokens = text.Tokens;
        if (i >= tokens.Length || text.Masked[i])
            return 0;

        if (tokens[i].JoinedToNext && i + 1 < tokens.Length)
        {
            var compound = tokens[i].Folded + "-" + tokens[i + 1].Folded;
            if (FirstNames.All.Contains(compound)
                || FirstNames.All.Contains(tokens[i].Folded) && FirstNames.All.Contains(tokens[i + 1].Folded) && !FirstNames.Ambiguous.Contains(tokens[i + 1].Folded))
                return 2;
        }

        return FirstNames.All.Contains(tokens[i].Folded) ? 1 : 0;
    }

    private static bool AcceptFirstName(NormalisedText text, int i, int length, int lastFirstName, out string rule)
    {
        var tokens = text.Tokens;
        var token = tokens[i];
        rule = "liste de prénoms";

        var ambiguous = length == 1 && (FirstNames.Ambiguous.Contains(token.Folded) || FrenchWords.Common.Contains(token.Folded));
        var capitalised = token.IsCapitalised && !text.Shouted;

        var role = RoleBefore(text, i);
        if (role >= 0)
        {
            rule = $"prénom après « {text.Slice(role, i - 1)} »";
            return !ambiguous || capitalised || !token.PunctuationBefore;
        }

        if (i > 0 && Introductions.Contains(tokens[i - 1].Folded))
        {
            rule = $"prénom après « {text.Slice(i - 1, i - 1)} »";
            return true;
        }

        if (!ambiguous)
            return true;

        // « avec jordan on se fait… »: a companion word before and a subject after vouch for a lowercase name
        // (« avec pierre et bois » stays a stone).
        if (!capitalised && i > 0 && Companions.Contains(tokens[i - 1].Folded) && i + length < tokens.Length
            && SubjectsAfterCompanion.Contains(tokens[i + length].Folded))
        {
            rule = $"prénom après « {text.Slice(i - 1, i - 1)} »";
            return true;
        }

        if (!capitalised)
            return false;

        if (i >= 2 && tokens[i - 1].Folded == "est" && tokens[i - 2].Folded == "c" || i >= 2 && tokens[i - 1].Folded == "suis" && tokens[i - 2].Folded == "je")
        {
            rule = $"prénom après « {text.Slice(i - 2, i - 1)} »";
            return true;
        }

        if (i > 0 && (Companions.Contains(tokens[i - 1].Folded) || i > 1 && Companions.Contains(tokens[i - 2].Folded) && tokens[i - 1].Folded == "a"))
        {
            rule = $"prénom après « {text.Slice(i - 1, i - 1)} »";
            return true;
        }

        if (lastFirstName >= i - 2 && lastFirstName >= 0 && (tokens[i - 1].Folded == "et" || lastFirstName == i - 1))
        {
            rule = "prénom dans une liste de prénoms";
            return true;
        }

        if (RoleAfter(text, i + length))
        {
            rule = "prénom suivi d'un rôle (« mon tuteur », « le gérant »…)";
            return true;
        }

        if (!token.StartsSentence && i > 0 && !Determiners.Contains(tokens[i - 1].Folded) && !FirstNames.RarelyPeople.Contains(token.Folded))
        {
            rule = "prénom avec une majuscule en milieu de phrase";
            return true;
        }

        return false;
    }

    /// <summary>Index of the first word of a role just before <paramref name="i"/> ("mon tuteur", "ma maître d'apprentissage"), or -1.</summary>
    private static int RoleBefore(NormalisedText text, int i)
    {
        var tokens = text.Tokens;
        if (i < 1 || text.Masked[i - 1])
            return -1;

        var previous = tokens[i - 1].Folded;
        if (Roles.Contains(previous))
            return i - 1;

        // "maître d'apprentissage Kevin", "maître de stage Sarah"
        if (previous is "apprentissage" or "stage" && i >= 3 && tokens[i - 3].Folded is "maitre" or "maitresse")
            return i - 3;

        return -1;
    }

    private static bool RoleAfter(NormalisedText text, int i)
    {
        var tokens = text.Tokens;
        return i + 1 < tokens.Length
            && tokens[i].Folded is "mon" or "ma" or "notre" or "le" or "la" or "l"
            && Roles.Contains(tokens[i + 1].Folded);
    }

    /// <param name="afterCapitalisedName">The first name is capitalised and only a name: then a capitalised ordinary
    /// word after it is a family name too (« Marie Petit », « Julien Boucher »).</param>
    private static bool IsLastNameAfterFirstName(NormalisedText text, int i, bool afterCapitalisedName)
    {
        var tokens = text.Tokens;
        if (i >= tokens.Length || text.Masked[i] || tokens[i].PunctuationBefore || !tokens[i].HasLetter)
            return false;

        var token = tokens[i];
        if (Surnames.Distinctive.Contains(token.Folded))
            return true;
        return token.IsCapitalised && !text.Shouted && token.Length > 1
            && (!FrenchWords.Common.Contains(token.Folded) || afterCapitalisedName && !GrammarWords.Contains(token.Folded) && !Determiners.Contains(token.Folded))
            && !Roles.Contains(token.Folded) && !Civilities.Contains(token.Folded);
    }

    private static bool IsUnknownCapitalisedAfterRole(NormalisedText text, int i)
    {
        var token = text.Tokens[i];
        return token.IsCapitalised && !text.Shouted && token.Length > 1 && !token.PunctuationBefore
            && RoleBefore(text, i) == i - 1 && i >= 2 && text.Tokens[i - 2].Folded is "mon" or "ma" or "le" or "la" or "notre" or "votre" or "ton" or "ta" or "son" or "sa"
            && !FrenchWords.Common.Contains(token.Folded) && !Roles.Contains(token.Folded);
    }

    private static void AddFirstName(NormalisedText text, List<Finding> findings, int first, int last, string rule) =>
        Add(text, findings, first, last, FlagKind.FirstName, "[prénom]", "Prénom détecté", rule);

    private static void AddLastName(NormalisedText text, List<Finding> findings, int first, int last, string rule) =>
        Add(text, findings, first, last, FlagKind.LastName, "[nom]", "Nom de famille détecté", rule);

    private static void Add(NormalisedText text, List<Finding> findings, int first, int last, FlagKind kind, string mask, string what, string rule)
    {
        var start = text.Tokens[first].Start;
        var end = text.Tokens[last].End;
        var excerpt = text.Original[start..end];
        findings.Add(new Finding(start, end, new ModerationFlag(kind, FlagSeverity.Medium, excerpt, $"{what} : « {excerpt} » (règle : {rule})"), mask));
        for (var i = first; i <= last; i++)
            text.Masked[i] = true;
    }
}
