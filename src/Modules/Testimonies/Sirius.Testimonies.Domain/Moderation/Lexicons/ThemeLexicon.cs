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

/// <param name="Supporting">Only adds to other cues: too common to suggest a theme on its own (see <see cref="ThemeDetector"/>'s fallback).</param>
internal readonly record struct ThemeCue(ModerationTheme Theme, double Weight, ThemeScope Scope, bool Supporting);

/// <summary>
/// Words and phrases suggesting each theme, in the syntax of <see cref="PhraseMatcher{T}"/>.
/// A line may start with "?" (a weak cue: two are needed) or "??" (a weak cue that never stands alone),
/// then "@school" or "@company" (see <see cref="ThemeScope"/>).
/// </summary>
internal static class ThemeLexicon
{
    public const double Threshold = 1.0;

    private static readonly (ModerationTheme Theme, string Phrases)[] Themes =
    [
        (ModerationTheme.IntegrationAndAtmosphere,
        """
        @company ambiance*
        @company bonne|mauvaise|super|sale entente|equipe|atmosphere
        integr*
        accueilli*
        accueillant*
        ?? accueil
        bon|bien|mal|super accueil*
        chaleureu*
        bienveillan*
        @company entraide
        @company s entraide|entraident|aident
        @company m|s entend|entends|entendent|entendais|entendait ~ bien|super|grave|nickel
        bonne entente
        mis|mise|met|mettent a l aise
        mis|mise|jete dans le bain
        @company a l ecoute
        @company soude|soudee|soudes|soudees
        convivia*
        familial*
        a ma|sa place
        entoure*
        ? a part
        pris|prise|prises|prend|prennent|prendre sous son|mon|leur aile
        pris|prendre|prends mes|ses marques
        personne me|ne|m calcul*|parl*|adress*|aid*|regard*
        considere* comme
        un|une des leurs
        fais|fait|faire partie de l|la equipe|famille|maison|boite
        comme un|une fils|fille|membre
        comme de la famille
        comme a la maison
        seule|seul fille|meuf|femme|nana|mec|garcon|homme
        ?? de travers
        chacun pour soi
        se tirent dans les pattes
        ? le|la petit|petite nouveau|nouvelle
        ? tutoie*
        ? dit|disent bonjour
        ?? @company equipe
        ?? @company equipes
        ?? collegue*
        ? @company sympa*
        ? @company cool
        ? @company rigol*
        ? @company marre
        ? @company humain*
        ?? respecte*
        ?? soutien*
        ? @company mange* ~ ensemble
        ?? soiree*
        ? apero*
        ? afterwork
        ? boit|boire un coup|verre
        ? anniversaire*
        patron*|chef|chefs|cheffe|tuteur|tutrice|collegue*|equipe|equipier*|gerant*|boss|responsable*|gars|filles|nanas|anciens|ouvrier*|salaries|employes|coiffeu*|vendeu*|serveu*|mecano*|mecanicien*|soignant*|infirmier*|cuisinier*|commis|technicien*|menuisier*|macon*|electricien*|directeur|directrice|manager*|maitre ~ cool|sympa*|top|gentil*|genial*|geniaux|adorable*|bienveillant*|accueillant*|agreable*|humain*|patient*|chaleureu*|correct*|respectueu*|marrant*|drole*|super|froid*|distant*|desagreable*|mechant*|relou*|toxique*|hypocrite*|mepris*|crie*|hurle*
        ? @company ecoute*
        ? prend|prennent le temps
        @company tout le monde ~ connait|detend|entend|aide|gentil|sympa|accueillant
        accueil etait|a ete|est ~ parfait|super|top|bien|nul|chaleureux|froid|glacial
        exclu|exclue|ecarte|ecartee
        mis|mise a l ecart
        complicit*
        ? relation*
        ? relationnel
        ? @company conflit*|embrouille*|clash*|tension*
        ? @company hurle*|crie|humilie*|rabaisse*|engueule*|gueule
        ? isole|isolee
        ? @company blague*
        ? surprise
        parle|parlent mal|comme
        ? remarque*
        solidaire*
        ? @company gentil*|gentille*
        ? papot*
        m|s entend|entends|entendent pas|mal
        presente|presentee a l equipe
        presente|presentee a tout le monde
        ? @company bonne|mauvaise humeur
        @company me|se sens|sent|sentais|sentir ~ utile|respecte*|accepte*|exclu*|isole*
        @company me|se sens|sent|sentais|sentir de trop
        @company me|se sens|sent|sentais|sentir a l aise
        ? connaitre|connais les gens
        etre|ete accepte|acceptee par
        """),
        (ModerationTheme.LearningTheTrade,
        """
        apprendre|apprends|apprend|appris|apprenons|apprennent|apprentissage le|un|du|les|des|ce|mon metier*|geste*|base*|technique*
        appris
        @company apprend|apprends|apprendre|apprennent|apprenons|reapprend*
        ?? apprentissage
        ?? metier*
        geste*
        savoir faire
        ?? technique*
        competence*
        progress*
        maitrise*
        sur le terrain
        sur le tas
        ? pratiquer
        ? mettre|mets|met en pratique
        ? confie|confient|confier
        ?? confiance
        transmet*
        transmission
        transmettre
        ?? @company montre*
        ?? @company explique*
        ?? reexplique*
        ?? corrige*
        regarder|observe|observer|regarde comment
        vrai|vraie|vrais|vraies metier*|mission*|tache*|responsabilit*|projet*|chantier*|client*|menus
        ?? mission*
        ?? responsabilit*
        ?? experience*
        se former
        m|on|nous a|ont forme|formee
        ?? erreur*
        tout appris
        m|nous a|ont appris|montre|explique
        montre|montrer|explique|expliquer comment
        fait|faire decouvrir
        laisse|laissent|laisser ~ faire|pratiquer|essayer|toucher
        ? autonom*
        ?? formateur
        ? je sais|sais faire
        fais|fait|faire que|juste ~ menage|balai|balayage|nettoyage|plonge|manutention|cafe|cafes|rangement
        larbin*
        bouche trou
        ? balaye*|balayer
        ? porter des
        ? touche jamais|pas
        tour de main
        ? evolu*
        ? petit a petit
        ? au fur et a mesure
        ? notions
        me|nous forme|forment
        perfectionne*
        plus de secret*
        fais|fait|faire que|juste ~ photocopie*|classement|courses|rangement
        ? comprendre comment
        ? decouvert|decouvre|decouvrir
        nouvelle|nouvelles tache|taches|choses|technique|techniques
        ? assurance
        """),
        (ModerationTheme.WorkingHours,
        """
        horaire*
        oraire*
        @company emploi du temps
        ?? heure
        ?? heures
        heure|heures sup*
        heures supplementaire*
        heure|heures fixe|fixes
        commence|commencer|commencent|embauche ~ tot
        finir|finis|finit|finissons|termine|terminer|debauche tard|tot
        finir|finis|finit|finissons|termine|terminer|debauche a pas d heure
        bosse*|travaille*|taf ~ tard|nuit|samedi*|dimanche*|week*|we|feries|ferie|soir
        ? se|me lever|leve ~ tot
        se|me lever|leve a ~ du mat|matin
        du mat
        ? du matin
        decale*
        de nuit
        ? nuit
        ?? tard
        coupure*
        amplitude
        pointeuse
        astreinte*
        temps plein|partiel
        2x8|3x8
        ? week end
        ? weekend*
        ? samedi*
        ? dimanche*
        ? ferie*
        du lundi au vendredi|samedi
        ?? par semaine
        jours sur 7
        heures par jour|semaine
        max par jour
        ? horaires de bureau
        ?? planning*
        poste du|de matin|soir|nuit|apres
        tard le soir
        tot le matin
        ? jour|jours off
        ? jour|jours de repos
        7j|7j7
        ? journees|journee ~ longue|longues
        """),
        (ModerationTheme.CompanySchoolRhythm,
        """
        ?? alternance
        ? alterne*
        ? alterner
        @school rythme*
        ?? rythme*
        alternance ~ organise*|faite|calendrier|rythme|equilibr*|passe|convient|decoupee
        semaine|semaines|jours|jour|mois en|a|au|d entreprise|cfa|cours|ecole|taf|boulot|centre|boite|formation
        semaine|semaines|jour|jours|mois en|a|au|d|de ~ entreprise|cfa|cours|ecole|taf|boulot|centre|boite|formation|travail
        organisation|calendrier|planning|rythme de l alternance
        cfa|ecole|cours entreprise|boulot|taf
        entreprise|boulot|taf cfa|ecole
        jours au cfa
        semaine|semaines|jour|jours|mois sur deux|trois|quatre|cinq|six|2|3|4|5|6
        semaine* ~ semaine*
        ? lundi|mardi|mercredi|jeudi|vendredi ~ cfa|centre|ecole|formation
        un coup ~ un coup
        va et vient
        allers retours
        aller retour
        aller et retour
        passer de l entreprise|ecole|cfa a
        entre le|les|l|la cfa|ecole|entreprise|cours|formation
        calendrier|planning d|de alternance|formation
        ?? calendrier*
        ?? planning*
        jongler
        reviens|revient|revenir|retourne*|retour|rentre en|au|a cfa|cours|entreprise|taf|boulot|ecole|formation|centre
        perd le fil
        ? raccrocher
        ? reprendre le rythme
        periode|periodes en|au|a|de entreprise|cfa|formation|cours|ecole
        temps au|en cfa|entreprise|ecole|cours|boite
        """),
        (ModerationTheme.FewerHolidays,
        """
        vacance*
        vacs
        conge*
        conges payes
        pas de pont|ponts
        ?? pont|ponts
        grandes vacances
        rtt
        poser ~ jours|conges
        toussaint
        ferme une semaine
        ? plage
        ? ferie*
        ? jours feries
        ?? noel
        ?? nouvel an
        ?? jour de l an
        ?? juillet
        ?? aout
        ?? l ete
        ?? tout l ete
        ?? repos
        fermeture annuelle
        ? prendre|prends|pris ~ jours|semaine|semaines
        ? fermeture de la boite|entreprise
        ? fermeture du magasin
        ? pose|poser|posee ~ semaine|jours|semaines
        deux|2 mois d|de ete|vacances
        """),
        (ModerationTheme.TypicalDayInCompany,
        """
        @company journee type|typique
        ?? @company une journee
        ?? @company ma journee
        ?? @company chaque journee
        ?? @company journees
        ?? @company le matin
        ?? @company chaque matin
        ?? @company l apres midi
        ?? @company l aprem
        ?? @company apres midi
        ?? @company le soir
        ?? j arrive
        ?? jarrive
        ?? on arrive
        ? j|je commence par
        ? on commence par
        ?? @company ensuite
        ?? @company puis
        ?? @company pause*
        pause dej*
        ?? @company midi
        ? je m occupe de|des|du
        ?? je|on prepare
        ?? je|j|on reponds|repond|livre|livrons|charge|decharge|range|nettoie|traite|conseille|pose|aide|monte|accueille
        ?? je|j|on soigne|coupe|tonds|nourris|nourrit|installe|repare|depanne|code|developpe|encaisse|vends|vend|receptionne
        ?? je|j|on fais|gere les
        mise en place
        mise|mets|mettre en rayon
        ? reassort*
        ? inventaire*
        ? livraison*
        ? tournee*
        ? devis
        ?? mails
        ?? standard
        ? soins
        ? toilettes
        ? plonge
        service du midi|soir
        accueil des|du clients|client|public
        accueil de la clientele
        fais|fait|faire|gere l accueil
        ? ouvrir|ouverture|fermeture le|du magasin
        ? intervention*
        chez les clients
        ? charge|charger|decharger|decharge le camion
        ?? reunion*
        ?? rendez vous
        ? caisse
        ?? je traite
        ? en deplacement
        ? rangement
        ? nettoyage
        ?? nettoie
        ?? je range
        ? diagnostic*
        ? accueil des
        ? le point avec
        ? @company on part|pars
        ? on passe la journee
        @company la journee commence
        @company la journee se passe|deroule
        ? quotidien*
        ? au quotidien
        ? tous les jours|chaque jour je|j|on
        ?? en general
        ?? generalement
        ?? d habitude
        mes taches|missions|activites
        mon role
        ?? je|j|on tire|mets|prends|entretiens|taille|prepare
        ?? je|j|on fais la|le|l
        ?? je|j|on saisis|saisit|verifie|controle|demonte|remonte|change|vide|remplis
        """),
        (ModerationTheme.AtmosphereAtCfa,
        """
        @school ambiance*
        @school entraide
        @school s entraide|entraident|aide
        camarade*
        @school soude|soudee|soudes|soudees
        @school a l ecoute
        @school bonne|mauvaise|super classe|promo|ambiance|equipe
        entre apprentis
        bde
        internat
        tenir la|sa classe
        foutent|fout|mettent|met le bordel
        ?? bordel
        ? bagarre*
        ? surveillant*
        ? cpe
        ? vie scolaire
        ? @school sympa*
        ? @school cool
        ? @school rigol*
        ? @school marre
        ?? @school groupe*
        ? @school potes
        ?? @school gens
        ? @school soutien*|soutient
        ? @school tendu*
        ?? promo
        ?? la|ma|en|une|petite classe
        classe|promo|groupe|profs|prof|formateurs|formatrices|eleves|apprentis|camarades|potes ~ sympa*|cool|top|gentil*|super|soude*|proche*|genial*|geniaux|bienveillant*|bruyant*|relou*|dispo*|disponible*|strict*|severe*
        profs|prof|formateurs|formatrices ~ a l ecoute
        traites comme des adultes
        ?? @school rencontre*
        ?? @school amis
        ?? @school sorties
        @school se soutient|soutiennent
        ? les autres apprentis
        ? @school moqu*
        ? entre eleves
        ? @school harcel*
        @school s entend|entendent ~ bien|super|grave|nickel
        ? @school famille
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
        @school du mal
        coton
        sorcier
        @school faisable*
        @school pas evident*
        ? @school chaud
        ? @school tranquille
        ? @school simple*
        du mal a suivre
        du mal avec
        a la ramasse
        largue*
        decroche*
        redouble*
        va|vont|allait trop vite
        ? @school niveau
        @school rattrap*
        ?? @school retard
        ?? examen*
        ?? exam
        ?? exams
        ?? partiel*
        ?? controle*
        ?? evaluation*
        ?? reviser
        ?? revise
        ?? revision*
        ?? @school notes
        ?? @school moyenne
        ?? @school suivre
        ?? @school bases
        ? vu au lycee
        rien compris
        comprends|comprend|comprenais rien|pas
        comprends|comprend que dalle
        pige|piger|capte|capter rien
        j y comprends
        ? @school theorique*
        ? @school s accrocher
        @school accessible*
        explique|expliquent|parle|avance|avancent trop vite
        suit|suivent pas
        rate|rater|echoue|echouer mon|le|un|au partiel|exam*|controle|eval*|cap|bac|bts
        niveau ~ eleve|haut|bas|difficile|dur
        ?? evals
        ?? eval
        """),
        (ModerationTheme.TeachingOffered,
        """
        @school matiere*
        enseignement*
        programme
        module*
        ? tp|tps|td
        tp|tps|td ~ top|bien|super|nul*|interessant*|concret*|utile*|genial*
        travaux pratiques
        cours de|d francais|math*|anglais|histoire|physique|techno*|gestion|compta*|pratique|theorie|soudure|vente|dessin|eco|culture|informatique|droit|securite
        que de la theorie
        trop de theorie
        plus|moins de pratique
        pas assez de pratique
        formation ~ complete|interessante|adaptee|nulle|concrete|pointue|incomplete|generale
        formation ~ bien faite
        ?? francais
        ?? maths
        ?? anglais
        ? histoire geo
        ?? physique
        ?? techno*
        ? culture generale
        ?? informatique
        ?? theorie
        ?? pedagog*
        ?? @school explique*
        ? @school on voit|voyons|etudie|aborde
        ? @school sert|servent a rien
        ?? @school interessant*
        ?? @school utile*
        ? contenu
        ?? option*
        ?? formations
        ? @school formateurs viennent
        profs|prof|formateurs|formateur|formatrice ~ competent*|passionne*|qualifie*|pedagogue*
        contenu des cours|de la formation
        ? specialit*
        ? distanciel
        ? visio
        ? cours en ligne
        intervenant*
        ? @school concret*
        ? @school servent|sert ~ rien|grand chose
        plus|moins|assez d heures|de cours
        plus de cours
        moins de francais|maths|anglais|theorie|pratique|cours
        manque|manquent de cours|heures|pratique|theorie
        ?? chimie
        ?? droit
        ?? economie
        ?? eco
        ?? sciences
        ?? espagnol
        ?? pse
        ?? marketing
        ?? svt
        ?? geo
        propose|proposent des|un|une|de cours|formation*|option*|module*|atelier*
        ?? hygiene
        ?? legislation
        ?? langue*
        ? methodes
        cours pratiques|theoriques
        matieres pro|professionnelles|generales
        enseignement general|professionnel
        """),
        (ModerationTheme.Equipment,
        """
        equipement*
        bien|mal equipe|equipee|equipes|equipees
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
        epis
        chaussures|tenue|tenues|vetement*|gants|casque de secu*|travail|protection
        chaussures de securite
        vetements de travail
        ? tenue*
        ? gants
        ? casque*
        ? lunettes
        four
        fours
        wifi
        ?? internet
        salle info*
        salle informatique
        ? locaux
        vestiaire*
        ?? camion*
        ? camionnette*
        vehicule*
        utilitaire*
        pont elevateur*
        perceuse*
        visseuse*
        meuleuse*
        ponceuse*
        tondeuse*
        tracteur*
        transpalette*
        chariot* elevateur*
        ? gps
        ? ciseaux
        seche cheveux
        etabli*
        ?? ecran*
        imprimante*
        tablette*
        en panne
        ?? marche|marchent|fonctionne|fonctionnent pas|jamais
        ?? fourni*
        vetuste*
        obsolete*
        dernier cri
        commande numerique
        ?? neuf
        ?? neufs
        ?? recent*
        ?? vieux
        ?? pourri*
        dao
        engin|engins
        nacelle*
        echafaudage*
        voiture de fonction|service
        ? materiau*
        ? uniforme*
        ? blouse*
        ?? casse|cassee|casses|cassees
        ?? repare*
        cellule* de refroidissement
        bac|bacs a shampo*
        ? piano|pianos
        """),
        (ModerationTheme.DisabilityAccess,
        """
        handicap*
        accessibilite*
        accessible|accessibles aux|pour|en
        pas|non|peu accessible|accessibles
        ? accessib*
        pmr
        mobilite reduite
        fauteuil*
        ascenseur*
        rampe*
        rqth
        mdph
        dyslex*
        dyspra*
        dyscalcul*
        dysortho*
        dys
        tdah
        autis*
        asperger
        epilep*
        appareil auditif
        amenagement*
        ? amenage*
        ?? adapte*
        tiers temps
        malvoyant*
        malentendant*
        sourd*
        aveugle*
        aesh
        avs
        therapeutique
        dysgraph*
        dysphas*
        ? maladie*
        """),
        (ModerationTheme.Workload,
        """
        charge de travail
        trop|beaucoup de travail|boulot|taf|taches|devoirs|dossiers|choses|heures|commandes|clients|missions
        surcharg*
        debord*
        crev*
        epuis*
        sous l eau
        intenable*
        cadence*
        rendement
        rentabilit*
        ? fatigu*
        ? stress*
        pression
        ? intense
        ? rush
        ? coup de feu
        ? enchain*
        ? court|courons|cours partout
        ? pleine|grosse saison
        ? en saison
        sous effectif
        ?? devoirs
        ?? dossiers
        ?? a rendre
        ?? rapport*
        ?? memoire
        ?? souffler
        ?? lourd
        ?? charge*
        ?? objectif*
        travail|boulot|taf|taches de deux|trois|quatre|cinq|dix|2|3|4|5|plusieurs
        non stop
        croule*
        accumul*
        ? folie
        ? le dos
        ? pas le temps
        sans s arreter
        ? pas de pause
        ?? tout seul|seule
        ?? physique
        ?? physiquement
        ? mal au dos
        ? suis|etre|rentre mort|morte|naze|claque|claquee|lessive|vide|ko
        refile*
        ? toujours plus
        ?? tenir
        surmenage
        burn*
        ? de fou|ouf
        ? debout toute la journee
        ?? a faire
        ? la guerre
        s arrete jamais
        rajoute*|ajoute* ~ travail|taches|boulot|taf
        donner de la tete
        ? sans ~ pause
        """),
        (ModerationTheme.TypicalDayAtCfa,
        """
        @school journee type|typique
        journee|journees au cfa
        ? journee entiere
        ?? @school une journee
        ?? @school la journee
        ?? @school les journees
        ?? @school ma journee
        ?? @school le matin
        ?? @school l apres midi
        ?? @school l aprem
        ?? @school apres midi
        ?? @school le soir
        ?? @school pause*
        ? cantine
        ? self
        ?? @school repas
        ?? @school assis
        ? on a cours
        heures de cours
        cours toute la journee
        ?? @school appel
        semaine* de cours
        ?? @school enchaine*
        ?? @school matinee
        ?? @school commence*
        ?? @school finit|finis|finir
        ?? @school reprend|reprenons
        journee|journees de cours
        @school emploi du temps
        journee|journees de formation
        """),
        (ModerationTheme.PersonalPace,
        """
        mon|son|ton|notre|propre rythme
        rythme de vie
        vie perso*
        vie privee
        vie sociale
        pas|plus de vie
        vie a|de cote
        temps libre
        temps pour moi|soi|toi
        plus le temps pour|de
        pas le temps pour
        temps pour voir|sortir|mes|ma|mon
        voir mes|ses amis|potes|proches|famille|copine|copain|parents
        du sport
        ? km
        ? habite*
        ? caser
        ? club
        ? hand|basket|danse|musique|gym
        plus|pas de temps pour
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
        ? bus
        ? train
        ? scooter
        ? route
        loisir*
        ? sport
        ? foot
        ? muscu
        ?? amis
        ?? potes
        ?? copine
        ?? copain
        ?? famille
        ?? parents
        ?? sortir
        ?? sorties
        equilibre
        ?? organis*
        ? autonome
        ? autonomie
        concilier
        ? decompress*
        ? gere|gerer mon|mes|ma
        ?? argent
        ?? salaire
        ? appart*
        ? loyer
        ? vis|vivre seul|seule
        muri
        maturite
        mature
        ?? grandi
        independan*
        ? craque*
        ?? le corps
        ? fatigant*
        vie de famille
        loin de chez moi
        ? epanoui*
        ? moral
        ?? sante
        ? demenage*
        ? logement
        ? mes enfants
        ? gagne|gagner ma vie
        ? adulte*
        sors|sortir|sort plus
        arrete*|lache* ~ sport|foot|rugby|danse|musique|hand|basket|club|muscu|equitation
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
                var supporting = pattern.StartsWith("?? ", StringComparison.Ordinal);
                if (supporting || pattern.StartsWith("? ", StringComparison.Ordinal))
                {
                    weight = 0.5;
                    pattern = pattern[(pattern.IndexOf(' ', StringComparison.Ordinal) + 1)..];
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

                yield return (pattern, new ThemeCue(theme, weight, scope, supporting));
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
        internat
        fac
        iut
        universite
        amphi*
        bts
        cap
        module*
        devoirs
        surveillant*
        maths
        math
        anglais
        bac
        en formation
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
        travail
        job
        stage
        boss
        responsable*
        gerant*
        entrepot*
        ehpad
        hotel*
        camping*
        ferme
        exploitation*
        hopital
        clinique*
        creche*
        cabinet
        boutique*
        supermarche*
        commerce*
        concession*
        cuisine*
        """;
}
