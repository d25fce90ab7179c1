using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

internal enum AbuseLevel
{
    /// <summary>Coarse words that insult nobody ("c'est chiant", "merde").</summary>
    Vulgar,

    /// <summary>Words that are insults wherever they appear.</summary>
    Insult,

    /// <summary>Coarse words that insult when aimed at someone ("c'est con" / "un gros con").</summary>
    VulgarOrInsult,

    /// <summary>Ordinary words that become insults when aimed at someone ("un idiot", "ce naze").</summary>
    Targetable,

    /// <summary>Racist, sexist, homophobic or ableist slurs.</summary>
    Slur,

    Threat,
}

/// <summary>
/// French abusive language, in the phrase syntax of <see cref="PhraseMatcher{T}"/>. Words are looked up by
/// their key, so accents and repeated letters do not matter ("connnard", "encule", "bâtard").
/// </summary>
internal static class AbuseLexicon
{
    private const string Vulgar =
        """
        merde
        merdes
        merdique*
        emmerd*
        chiant*
        chier
        chie
        chies
        chiotte*
        fait|fais|font chier
        putain*
        ptn
        ptin
        bordel
        bordelique*
        foutre
        fout|fous|foutent|foutez|foutu|foutue|foutus ~ rien
        se|me|te|s|m|t fout|fous|foutent|foutez|foutre ~ de
        gueule
        gueuler
        couille*
        bite
        bites
        zob
        cul
        niqu*
        nik
        branler
        branle
        branlette
        pisse
        pisser
        pissent
        degueulasse*
        degueu
        gerber
        connerie*
        a la con
        bosser|travailler|trimer comme des chiens
        fuck
        fucking
        fck
        wtf
        shit
        shitty
        bullshit
        damn
        """;

    private const string VulgarOrInsult =
        """
        con
        cons
        """;

    private const string Insults =
        """
        connard*
        conar
        conars
        connasse*
        conne
        connes
        couillon*
        abruti
        abrutie
        abrutis
        abruties
        cretin*
        imbecile*
        enfoire*
        encul*
        salope
        salopes
        salop
        salopard*
        salopiaud*
        salaud*
        pute
        putes
        petasse*
        pouffiasse*
        poufiasse*
        grognasse*
        garce*
        trouduc*
        trou du cul
        tete de noeud
        fils|fil de pute|chien|chienne
        fdp
        ntm
        nique ta|sa|ta|vos|leur mere|mere|race|soeur|grand mere|daronne
        ntr
        nsm
        tg
        ta gueule
        ferme ta gueule
        ftg
        va|allez te|vous faire foutre|enculer|voir
        vtff
        vtfe
        casse toi
        bouffon*
        boloss*
        bolos
        tocard*
        gogol*
        teube*
        cassos
        raclure*
        merdeux
        merdeuse*
        chieur*
        chieuse*
        emmerdeur*
        emmerdeuse*
        faux cul*
        branleur*
        branleuse*
        feignasse*
        pauvre con|conne|type|merde|tache|fille|mec
        sous merde*
        sac a merde
        tete de con
        gros porc*
        grosse vache*
        appel*|apel*|surnom* la|le grosse|gros|baleine|boudin|nain|naine|thon|bouboule|gogol|boulet
        gros lard*
        tas de merde
        de merde
        enfant de salaud
        pignouf*
        nabot*
        sale con|conne|type|bouffon|chien|chienne|pute|gosse
        clochard*
        fuck you|off|u|toi|vous|le|la|les|ce|cette|ces|ton|ta|tes|vos|lui|eux|him|her|them
        motherfucker*
        motherfuckin*
        mf
        bitch
        bitches
        biatch
        sonofabitch
        son of a bitch
        asshole*
        dumbass*
        dickhead*
        bastard*
        jerk
        moron*
        stfu
        shut up
        suck my dick
        """;

    private const string Targetable =
        """
        idiot*
        batard*
        batar
        debile*
        stupide*
        naze*
        nazes
        incompetent*
        minable*
        blaireau*
        beauf
        beaufs
        plouc*
        bouseux
        pecore*
        clown*
        catin*
        ordure*
        pourriture*
        charogne*
        vermine*
        fumier*
        trainee*
        guignol*
        pantin*
        boulet
        boulets
        glandeur*
        faineant*
        feignant*
        larbin*
        pervers*
        esclavagiste*
        escroc*
        voleur*
        menteur*
        menteuse*
        mongol
        mongols
        mongole*
        attarde*
        triso*
        loser*
        looser*
        stupid
        """;

    private const string Slurs =
        """
        pd
        pede
        pedes
        tarlouze*
        tapette*
        tafiole*
        fiotte*
        tantouze*
        gouine*
        travelo*
        negro*
        negre*
        negresse*
        bougnoul*
        bicot*
        youpin*
        chinetoque*
        niakoue*
        bamboula*
        raton
        ratons
        macaque
        macaques
        sous race
        ben laden
        sale arabe|arabes|noir|noirs|juif|juifs|musulman|musulmans|chinois|rebeu|renoi|feuj|gitan|gitans
        mongolien*
        trisomique*
        nigger*
        nigga*
        faggot*
        fag
        fags
        """;

    private const string Threats =
        """
        vais|va|vas|allons|vont|allait|allaient|aller te|le|la|vous|les|lui|l|me|m|nous tuer|buter|crever|tabasser|egorger|frapper|cogner|massacrer|defoncer|niquer
        te|vous tuer|buter|defoncer|tabasser|egorger|massacrer
        le|la|les buter|egorger
        casser|peter|eclater|exploser|refaire la|ta|sa|leur gueule
        faire la peau
        mettre une balle
        regler son|ton compte
        tu vas voir ce que
        """;

    /// <summary>
    /// Ordinary expressions and place names that contain or look like an abusive word: the words they cover
    /// are never flagged. Culinary terms, everyday idioms, « nickel » and towns whose names sound coarse.
    /// </summary>
    public const string Harmless =
        """
        sauce|sauces|pain|pains batard|batarde|batards|batardes
        baguette*|pain|pains|ficelle*|boule|boules|miche*|fournee*|flute*|couronne* ~ batard|batards
        batard|batards ~ baguette*|pain|pains|ficelle*|boule|boules|miche*|fournee*|flute*|couronne*|farine
        faconn*|enfourn*|cuire|cuit|cuits|lame|lamer|fariner|pese|peser ~ batard|batards
        bitte|bittes d amarrage
        bitte|bittes du|de|des|au|aux quai|quais|ponton|pontons|port|bateau|bateaux|navire|pont
        amarr* ~ bitte|bittes
        cul|culs de|d veau|poule|sac|sacs|lampe|bouteille|four
        cul de basse fosse
        fond de culotte
        niquel
        nickel
        condom
        bitche
        montcuq
        pissos
        """;

    public static IEnumerable<(string Pattern, AbuseLevel Level)> Entries =>
        Lexicon.Lines(Vulgar).Select(p => (p, AbuseLevel.Vulgar))
            .Concat(Lexicon.Lines(VulgarOrInsult).Select(p => (p, AbuseLevel.VulgarOrInsult)))
            .Concat(Lexicon.Lines(Insults).Select(p => (p, AbuseLevel.Insult)))
            .Concat(Lexicon.Lines(Targetable).Select(p => (p, AbuseLevel.Targetable)))
            .Concat(Lexicon.Lines(Slurs).Select(p => (p, AbuseLevel.Slur)))
            .Concat(Lexicon.Lines(Threats).Select(p => (p, AbuseLevel.Threat)));

    /// <summary>The one-word entries ("connard", "encul*"), for spellings that hide letters (« c*nnard »).</summary>
    public static IEnumerable<(string Key, bool IsStem, AbuseLevel Level)> SingleWords =>
        Entries.Where(e => !e.Pattern.Contains(' '))
            .SelectMany(e => e.Pattern.Split('|').Select(word => word.EndsWith('*')
                ? (Folding.Key(word.AsSpan(0, word.Length - 1)), true, e.Level)
                : (Folding.Key(word), false, e.Level)));

    /// <summary>Words just before an insult that aim it at someone ("un", "ce", "sale", "espèce de", "t'es").</summary>
    public static readonly FrozenSet<string> TargetCues = Lexicon.Keys(
        "un une des ce cet cette ces gros grosse sale sales espece bande es etes vrai vraie quel quelle quels quelles vieux vieille");
}
