namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

/// <summary>Where a theme word counts: some words ("ambiance", "journée type") mean one theme at the CFA and another at work.</summary>
internal enum ThemeScope
{
    Anywhere,

    /// <summary>Only when the sentence (or else the text) speaks of the CFA, school or classes.</summary>
    School,

    /// <summary>When it speaks of the company, or of nothing in particular.</summary>
    Company,
}

internal readonly record struct ThemeCue(ModerationTheme Theme, double Weight, ThemeScope Scope);

/// <summary>
/// Words and phrases suggesting each theme, in the syntax of <see cref="PhraseMatcher{T}"/>.
/// A line may start with "?" (a weak cue: two are needed), "@school" or "@company" (see <see cref="ThemeScope"/>).
/// </summary>
internal static class ThemeLexicon
{
    public const double Threshold = 1.0;

    private static readonly (ModerationTheme Theme, string Phrases)[] Themes =
    [
        (ModerationTheme.IntegrationAndAtmosphere,
        """
        @company ambiance*
        integr*
        accueil*
        chaleureu*
        bienveillan*
        @company entraide
        @company s entraide|entraident
        s|m entend|entendent|entendais bien
        bonne entente
        mis|mise|met a l aise
        @company a l ecoute
        @company soude*
        convivia*
        familial*
        a ma|sa place
        ? a part
        pris|prend|prendre sous son|mon aile
        pris|prendre|prends mes|ses marques
        personne me|ne parlait|parle|calcule
        ? @company equipe
        ? @company equipes
        ? collegue*
        ? @company sympa*
        ? @company cool
        ? @company rigol*
        ? respecte*
        ? soutien*
        ? @company mange* ~ ensemble
        patron|patronne|chef|cheffe|tuteur|tutrice|collegue*|equipe|gerant*|boss ~ cool|sympa*|top|gentil*|genial*|adorable*|bienveillant*
        ? @company ecoute*
        ? prend|prennent le temps
        seule fille
        """),
        (ModerationTheme.LearningTheTrade,
        """
        apprendre|apprends|apprend|appris|apprenons|apprennent|apprentissage le|un|du|les|des|ce|mon metier*|geste*|base*|technique*
        ? metier*
        ? apprendre
        ? apprends
        ? apprend
        ? appris
        geste*
        savoir faire
        ? technique*
        competence*
        progress*
        sur le terrain
        sur le tas
        ? pratiquer
        ? mettre|mets|met en pratique
        ? confie|confient|confier
        transmet*
        transmission
        transmettre
        ? @company montre*
        ? @company explique*
        regarder|observe|observer|regarde comment
        vrai|vraie|vrais|vraies metier*|mission*|tache*|responsabilit*
        ? mission*
        ? experience*
        se former
        ? erreur*
        tout appris
        m|nous a|ont appris|montre|explique
        montre|montrer|explique|expliquer comment
        fait|faire decouvrir
        ? autonom*
        ? formateur
        """),
        (ModerationTheme.WorkingHours,
        """
        horaire*
        emploi du temps
        ? heure
        ? heures
        heure|heures sup*
        heures supplementaire*
        35h|39h|35 h|39 h|35 heures|39 heures
        commence|commencer|commencent|embauche ~ tot
        finir|finis|finit|finissons|termine|terminer|debauche tard|tot|a pas d heure
        bosse*|travaille*|taf ~ tard|nuit|samedi|dimanche|week
        ? se|me lever|leve ~ tot
        se|me lever|leve a ~ du mat|matin
        decale*
        de nuit
        coupure*
        amplitude
        pointeuse
        ? week end
        ? samedi*
        ? dimanche*
        du lundi au vendredi|samedi
        ? par semaine
        jours sur 7
        heures par jour
        max par jour
        ? horaires de bureau
        """),
        (ModerationTheme.CompanySchoolRhythm,
        """
        ? alternance
        ? alterne*
        @school rythme*
        ? rythme*
        semaine|semaines|jours|jour en|a entreprise|cfa|cours|ecole|taf|boulot
        semaine|semaines au|a cfa|l ecole|ecole|l entreprise
        jours au cfa
        une semaine sur deux|trois|quatre|2|3|4
        semaine* ~ semaine*
        va et vient
        allers retours
        aller retour
        aller et retour
        passer de l entreprise|ecole|cfa a
        entre le cfa|l ecole|l entreprise et
        ? calendrier*
        ? planning*
        jongler
        retour au cfa|taf|boulot
        retourne au taf|boulot|cfa
        reviens en entreprise
        perd le fil
        """),
        (ModerationTheme.FewerHolidays,
        """
        vacance*
        conge*
        conges payes
        pas de pont|ponts
        pont|ponts
        grandes vacances
        rtt
        poser ~ jours|conges
        toussaint
        ferme une semaine
        ? plage
        """),
        (ModerationTheme.TypicalDayInCompany,
        """
        @company journee type|typique
        ? @company une journee
        ? @company ma journee
        ? @company chaque journee
        ? @company journees
        ? @company le matin
        ? @company l apres midi
        ? @company l aprem
        ? @company apres midi
        ? j arrive
        ? jarrive
        ? on arrive
        ? j|je commence par
        ? on commence par
        ? @company ensuite
        ? @company pause*
        pause dej*
        ? @company midi
        ? je m occupe
        ? je prepare
        mise en place
        service du midi|soir
        ? ouvrir|ouverture|fermeture le|du magasin
        ? intervention*
        chez les clients
        ? charge|charger|decharger|decharge le camion
        ? reunion*
        ? rendez vous
        ? caisse
        ? je traite
        ? en deplacement
        ? rangement
        ? nettoyage
        ? nettoie
        ? je range
        ? diagnostic*
        ? accueil des
        ? le point avec
        ? @company on part|pars
        ? on passe la journee
        """),
        (ModerationTheme.AtmosphereAtCfa,
        """
        @school ambiance*
        @school entraide
        @school s entraide|entraident
        camarade*
        @school soude*
        @school a l ecoute
        entre apprentis
        bde
        ? @school sympa*
        ? @school groupe*
        ? @school potes
        ? @school soutien*|soutient
        ? @school tendu*
        ? promo
        ? la|ma|en|une|petite classe
        les profs sont ~ sympa*|cool|gentil*|proche*|a l
        traites comme des adultes
        ? @school rencontre*
        ? @school amis
        ? @school sorties
        @school se soutient|soutiennent
        """),
        (ModerationTheme.DifficultyOfClasses,
        """
        @school difficile*
        @school dur|durs|dures
        @school complique*
        @school galere*
        @school facile*
        @school abordable*
        @school exigeant*
        coton
        @school faisable*
        @school pas evident*
        du mal a suivre
        a la ramasse
        largue*
        ? @school niveau
        @school rattrap*
        ? @school retard
        ? examen*
        ? partiel*
        ? reviser
        ? revise
        ? revision*
        ? @school notes
        rien compris
        comprends rien|que dalle
        j y comprends
        ? @school theorique*
        ? @school s accrocher
        """),
        (ModerationTheme.TeachingOffered,
        """
        @school matiere*
        enseignement*
        programme
        module*
        ? tp|tps|td
        travaux pratiques
        cours de|d francais|math*|anglais|histoire|physique|techno*|gestion|compta*|pratique|theorie|soudure|vente|dessin|eco|culture
        ? francais
        ? maths
        ? anglais
        ? histoire geo
        ? physique
        ? techno*
        ? culture generale
        ? informatique
        ? @school interessant*
        ? @school utile*
        ? contenu
        ? option*
        ? formations
        ? @school formateurs viennent
        """),
        (ModerationTheme.Equipment,
        """
        equipement*
        ? bien equipe*
        materiel*
        matos
        outil*
        outillage
        machine*
        ordinateur*
        ordi
        ordis
        pc
        pcs
        postes informatiques
        logiciel*
        epi
        chaussures de securite
        vetements de travail
        ? tenue*
        ? gants
        four
        fours
        wifi
        ? internet
        salle info*
        salle informatique
        locaux
        vestiaire*
        ? camion*
        vehicule*
        ? ciseaux
        seche cheveux
        etabli*
        ? ecran*
        imprimante*
        tablette*
        en panne
        commande numerique
        ? neuf
        ? neufs
        ? recent*
        dao
        """),
        (ModerationTheme.DisabilityAccess,
        """
        handicap*
        accessib*
        pmr
        mobilite reduite
        fauteuil*
        ascenseur*
        rampe*
        rqth
        dyslex*
        dyspra*
        dyscalcul*
        dysortho*
        dys
        tdah
        amenagement*
        ? amenage*
        ? adapte*
        tiers temps
        malvoyant*
        malentendant*
        sourd*
        aveugle*
        aesh
        """),
        (ModerationTheme.Workload,
        """
        charge de travail
        trop|beaucoup de travail|boulot|taf|taches|devoirs|dossiers|choses|heures
        surcharg*
        debord*
        crev*
        epuis*
        ? fatigu*
        ? stress*
        pression
        ? intense
        ? rush
        ? coup de feu
        ? enchain*
        sous effectif
        ? devoirs
        ? dossiers
        ? a rendre
        ? rapport*
        ? memoire
        ? souffler
        ? lourd
        ? charge*
        ? objectif*
        travail de deux personnes
        refile*
        ? toujours plus
        ? tenir
        """),
        (ModerationTheme.TypicalDayAtCfa,
        """
        @school journee type|typique
        journee|journees au cfa
        ? journee entiere
        ? @school une journee
        ? @school la journee
        ? @school les journees
        ? @school ma journee
        ? @school le matin
        ? @school l apres midi
        ? @school l aprem
        ? @school apres midi
        ? @school pause*
        ? cantine
        ? self
        ? @school repas
        ? on a cours
        cours toute la journee
        ? @school appel
        semaine* de cours
        ? @school enchaine*
        ? @school matinee
        ? @school commence*
        ? @school finit|finis|finir
        """),
        (ModerationTheme.PersonalPace,
        """
        mon|son|ton|notre|propre rythme
        rythme de vie
        vie perso*
        vie privee
        vie sociale
        temps pour moi|soi|toi
        sommeil
        ? dormir
        ? dors
        ? me leve|couche
        ? se lever|coucher
        trajet*
        transport*
        le|mon|son|ton|du|sans permis
        permis de conduire
        permis b
        loisir*
        ? sport
        ? amis
        ? potes
        ? copine
        ? copain
        ? famille
        ? sortir
        equilibre
        ? organis*
        ? autonome
        ? autonomie
        concilier
        ? decompress*
        ? gere|gerer mon|mes|ma
        ? argent
        independan*
        ? craque*
        ? le corps
        ? fatigant*
        """),
    ];

    public static IEnumerable<(string Pattern, ThemeCue Cue)> Entries()
    {
        foreach (var (theme, phrases) in Themes)
        {
            foreach (var line in Lexicon.Lines(phrases))
            {
                var pattern = line;
                var weight = 1.0;
                var scope = ThemeScope.Anywhere;
                if (pattern.StartsWith("? ", StringComparison.Ordinal))
                {
                    weight = 0.5;
                    pattern = pattern[2..];
                }

                if (pattern.StartsWith("@school ", StringComparison.Ordinal))
                {
                    scope = ThemeScope.School;
                    pattern = pattern[8..];
                }
                else if (pattern.StartsWith("@company ", StringComparison.Ordinal))
                {
                    scope = ThemeScope.Company;
                    pattern = pattern[9..];
                }

                yield return (pattern, new ThemeCue(theme, weight, scope));
            }
        }
    }

    /// <summary>Words placing a sentence at the CFA or in class.</summary>
    public const string SchoolCues =
        """
        cfa
        ecole
        cours
        classe*
        prof
        profs
        professeur*
        formateur*
        formatrice*
        lycee
        eleve*
        camarade*
        centre de formation
        matiere*
        examen*
        partiel*
        promo
        cantine
        self
        tp
        td
        pedagogique*
        enseignement*
        theorie
        theorique*
        """;

    /// <summary>Words placing a sentence in the company.</summary>
    public const string CompanyCues =
        """
        entreprise*
        boite
        boites
        boulot
        taf
        patron*
        tuteur
        tutrice
        chef
        cheffe
        collegue*
        chantier*
        magasin*
        salon
        garage*
        agence*
        bureau
        client*
        employeur*
        maitre d apprentissage
        brigade
        boulangerie
        restaurant*
        pharmacie
        usine*
        depot
        bosse*
        salarie*
        """;
}
