using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

/// <summary>
/// Harm an apprentice reports suffering, in the phrase syntax of <see cref="PhraseMatcher{T}"/>, one rule per
/// line. Most rules tie a harm word to the writer as its object or victim (« il me harcèle », « j'ai été
/// frappé », « on se fait insulter ») rather than listing bare keywords. "A &amp;&amp; B" needs both phrases in
/// the same or the next sentence (« je me suis coupé … on m'a dit de pas le déclarer »).
/// " ;; " separates alternative phrases of one part. Macros (see <see cref="Macros"/>): <c>@me</c> the writer (or
/// their group) as object, <c>@was</c> a passive auxiliary, <c>@no</c> a negation, <c>@slur</c> a discriminatory name.
/// </summary>
internal static class AlertLexicon
{
    private const string Harassment =
        """
        @me ~ harcel*|harcele*|rabais*|humili*|martyris*|denigr*|ridiculis*|persecut*|tyrannis*|racket*|insult*|injuri*|maltrait*|ignore*|ignorent|exclu*|boycott*|ecras*
        @was harcel*|rabais*|humili*|martyris*|ridiculis*|insult*|injuri*|maltrait*|persecut*
        @undergo ~ harcel*|rabais*|humili*|martyris*|ridiculis*|insult*|injuri*|maltrait*|persecut*|incendi*
        @undergo ~ engueul*|gueuler|crier|hurler|traiter ~ chien*|devant|constamment|toujours|h24 ;; @undergo ~ engueul*|gueuler|crier|hurler|traiter ~ tous les noms ;; @undergo ~ engueul*|gueuler|crier|hurler ~ tout le temps|monde ;; @undergo ~ engueul*|gueuler|crier|hurler ~ tous les jours ;; @undergo ~ engueul*|gueuler|crier|hurler ~ pour rien|un rien
        @me ~ traite*|traitent|traitait|traitaient|appel*|apel*|surnom* ~ @slur
        @me ~ laiss*|refil*|donne* ~ sales|pires taches|boulots|corvees
        @me ~ adresse*|adressent|adressait plus la parole ;; @me ~ parle*|parlent|parlait plus du tout
        @me ~ traite*|traitent|traitait|traitaient|traiter de|d
        @me ~ traite*|traitent|traitait|traitaient|traiter|parle*|parlent|parlait|parlaient|parler comme ~ chien|chiens|merde|esclave|animal|moins|idiot|debile|con|gamin|bebe|larbin|bonne|boniche|rien|sous
        @me ~ parle*|parlent|parlait|parlaient|parler mal
        fait|fais|faisons|faisait|faisais|faire traiter|insulter|humilier|rabaisser ~ chien*|esclave*|merde|moins|animal*|larbin*|tous|devant
        @was traite*|traitee* comme ~ chien*|esclave*|merde|moins|animal*|larbin*
        @me ~ hurle*|hurlent|hurlait|hurlaient|crie*|crient|criait|criaient|gueule*|gueulent|gueulait dessus|desus
        @me ~ prend*|prenait|prennent|prenaient pour un|une|son|sa|leur chien|esclave|larbin|bonne|boniche|merde|moins|idiot|con|conne|debile|bouffon|sous|cretin|abruti
        @me ~ engueul*|crie*|hurle*|insult*|rabais* ~ devant|constamment|toujours|h24 ;; @me ~ engueul*|crie*|hurle*|insult*|rabais* ~ tout le temps|monde ;; @me ~ engueul*|crie*|hurle*|insult*|rabais* ~ sans arret|raison ;; @me ~ engueul*|crie*|hurle* ~ pour rien|un rien ;; @me ~ engueul*|crie*|hurle* ~ tous les jours
        @me ~ pourri*|gache* la vie
        @me ~ rend*|rendent|rendait ~ vie impossible|infernale ;; @me ~ fai*|font|faisait ~ vivre un|l enfer
        @me ~ appel*|apel*|surnom*|traite* ~ gros|grosse|baleine|boudin|nain|naine|bigleux|boutonneux|gogol|mongol|triso|attarde*|cassos|clochard|boulet|bouffon|incapable|nul|nulle|debile|idiot|merde
        @me ~ dit|dis|disent|disait|repete* ~ suis|serais|etais ~ nul*|con|conne|debile|idiot*|grosse|gros|incapable|merde|attarde*|cretin*|abruti*|boulet|inutile|vache|con|conne|debile|idiot*|grosse|gros|incapable|merde|attarde*|cretin*|abruti*|boulet|inutile|vache ;; @me ~ dit|dis|disent|disait|repete* ~ suis|serais|etais ~ bon|bonne a rien
        @me ~ pousse*|pousser a bout
        dit|dis|disent|disait|repete* que|qu ~ suis|serais|etais|sui|chui|jsuis|es ~ nul*|con|conne|debile|idiot*|incapable|merde|attarde*|cretin*|abruti*|boulet|inutile|pute|salope|chienne|trainee|minable|naze|nase|bouffon|mongol*|gogol
        @me ~ mis|mettent|mettait|mettre a l ecart
        @me ~ fai*|font|faisait|faisaient ~ crasse*|misere*|reflexion*|vacherie* ;; @me ~ fai*|font|faisait|faisaient ~ sales|mauvais coups ;; coups bas
        monte*|montent|montait ~ contre moi|nous
        @me ~ cach*|vol*|jet*|abim*|casse* mes affaires|outils|vetements|sac|telephone|casier
        s en prend*|prenait|prennent|prenaient|prendre ~ a moi|nous
        se|s moque*|moquent|moquait|moquaient|foutent|fout|foutait|foutaient ~ de moi|ma|mon|mes|nous|notre|nos
        moque*|moquent|moquaient ~ de moi
        moquerie*
        subi*|subis|subit|endur*|victime ~ moquerie*|insulte*|humiliation*|pression*|harcel*|brimade*|remarque*
        bouc emissaire
        tete de turc
        souffre douleur
        harcelement|harcelements
        """;

    private const string Discrimination =
        """
        @me ~ traite*|traitent|traitait|traitaient|appel*|apel*|surnom*|dit|dis|disent|disait ~ @slur
        blague*|remarque*|reflexion*|vanne* ~ homo*|gay*|noirs|arabes|juifs|musulmans|racis*|origine*|couleur|religion|handicap*|pd|pede*
        racis*|sexis*|homophob*|misogyn*|antisemit*|islamophob*|transphob*|xenophob*|discrimin*
        parce|car|vu ~ suis|sui|chui|jsuis|jsui|etre|porte ~ fille|femme|meuf|noir|noire|black|arabe|rebeu|renoi|musulman*|juif|juive|gay|gai|homo|lesbienne|trans|handicap*|etranger*|africain*|asiatique*|chinois*|voile|foulard|turc|gitan*|roux|rousse
        a cause de|d ~ ma|mon|mes couleur|origine*|religion|voile|accent|peau|prenom|sexe|orientation
        moque*|moquent|moquaient|rigole*|vanne*|remarque*|reflexion*|blague*|commentaire* ~ de|sur ~ mon|ma|mes ~ accent|origine*|couleur|religion|voile|foulard|prenom|peau|handicap*|nationalite|pays
        @me ~ appel*|apel*|surnom*|traite* ~ oussama|terroriste* ;; @me ~ appel*|apel*|surnom*|traite* ~ ben laden
        noirs|arabes|femmes|filles|meufs|nanas|blacks|rebeus|musulmans|juifs|asiatiques|chinois|homos|gays|etrangers|africains ~ sont|seraient|etaient ~ pas|moins fait*|faites|capables|doue*
        noirs|arabes|femmes|filles|meufs|nanas|blacks|rebeus|musulmans|juifs|asiatiques|chinois|homos|gays|etrangers|africains ~ sont|seraient|etaient ~ voleur*|feignant*|faineant*|nul*|betes|inferieur*|sales|terroriste*
        prendr*|embauch*|veut|voulait|voudrait|prend|accept* ~ plus|jamais|pas ~ de|d femme*|fille*|arabe*|meuf*|nana*|rebeu*|black*|musulman*|handicap*|etranger*
        pas un|une|le metier|travail|boulot|job|place ~ fille*|femme*|meuf*|nana*
        metier|travail|boulot|job ~ homme*|mec*
        retourn* ~ pays|bled|afrique
        enlever|enleve*|retirer|retire*|quitter ~ voile|foulard
        les filles ~ cuisine|menage|rien a faire|sont nul*
        """;

    private const string Hazing =
        """
        bizut*
        bisut*
        rite*|rituel* ~ passage|initiation
        bapteme*|batem* ~ nouveau*|apprenti*|arrivee|atelier|chantier|cuisine
        @me ~ enferm*|scotch*|ligot*|deshabil*|asperg*|enfarin*|badigeon*|recouvert*|recouvri*
        @me ~ attache* ~ poteau|chaise|arbre|palette|table|pilier|radiateur
        @me ~ jete*|jetter|jetait|jetaient|balance*|mis|mise|mettre ~ poubelle|benne|frigo|container|douche|bac
        @me ~ fait|fais|font|faisait|obliger|oblige*|force* ~ boire|avaler|ramper|lecher ;; @me ~ fait|fais|font|faisait|obliger|oblige*|force* ~ a poil
        tradition ~ pour|avec les nouveau*|apprenti*|jeune*
        """;

    private const string ThreatSuffered =
        """
        @me ~ menac*|menace*
        @was menace*
        menac*|menace* de|d ~ me|m|rompre|romp*|rupture|virer|vire*|renvoyer|licencier|virer|frapper|tuer|buter|arreter|porter
        menaces ;; menace* de mort|morts
        va|vont|veut|voulait|allait|allaient|aller|pourrait|peut|menace me|m ~ virer|vire|renvoyer|licencier|tuer|buter|frapper|tabasser|defoncer|cogner|egorger|planter ;; va|vont|veut|voulait|allait|allaient|pourrait|menace me|m ~ foutre|mettre dehors ;; va|vont|veut|voulait|allait|allaient|pourrait me|m ~ casser|peter|eclater|defoncer|refaire la|ma gueule|tete ;; va|vont|veut|voulait|allait|allaient|pourrait me faire la peau
        va|vont|veut|voulait|allait|allaient|menace ~ rompre|romp*|casser|arreter|annuler|resilier|finir mon|le contrat
        si && me|m|te|t vire*|virai*|vira|virer*|renvoi*|licenci* ;; mettre|met|fout|foutre dehors ;; romp*|rupture|casse*|arret*|annul* ~ contrat ;; c est|c etait la porte
        sinon ~ vire*|dehors|contrat|rupture|rompre|degage*|porte|frappe*|cogne*|gifle*|tape* ;; sinon c est la porte
        chantage*|chantages
        dit|dis|disent|disait|dire|sorti|menac*|promis|repete*|previen*|prevenu* ~ que|qu ~ finir*|finirais|finiras|finirait|retrouverai*|serai* ~ rue|chomage|sdf|clochard
        que|qu|tu ~ vais|vas|allais|allait|feras ~ regretter
        pourri*|pourir|pourrira*|detrui* ~ ma|mon reputation|carriere|nom|cv|avenir
        dit|dis|disent|disait|sorti|comprendre|menace*|menacait|prevenu* && trouverai*|trouveras|trouverait ~ jamais|plus|pas ~ boite|patron|travail|boulot|place|contrat|apprentissage|entreprise|job|diplome|cap|bp|bac
        ferai*|ferait|fera|feras ~ en sorte ~ jamais|pas|plus ~ diplome*|cap|bp|bac|exam*|contrat|stage|boulot|travail|apprentissage
        fais|fait gaffe a toi ;; sais|sait ~ ou ~ habit*|habite*|vis|habitent
        t es mort|morte ;; tes mort|morte
        couteau*|cutter*|lame*|ciseaux ~ sous|sur|contre ~ nez|gorge|cou|visage|ventre|figure
        """;

    private const string Violence =
        """
        @me ~ frap*|cogn*|gifl*|baff*|tabass*|bouscul*|etrangl*|agress*|frape*|brutalis*|defonce* ;; @me ~ tir* les cheveux|oreilles
        @was frap*|agress*|tabass*|gifl*|brutalis*|cogne*|frape*
        @undergo ~ frap*|tap*|cogn*|gifl*|baff*|tabass*|bouscul*|agress*|defonc*|brutalis*|secou*|tarter ;; @undergo ~ taper dessus|desus
        @me ~ attrap*|empoign*|chop*|secou*|pinc*|plaqu*|etrangl*|tord*|mord*|boxe*|claque* ~ par le|la|les|au ~ col|cou|gorge|bras|cheveux|poignet|nuque|colback|oreille* ;; @me ~ secou*|pinc*|mord*|plaque* ~ mur|sol|bras|jusqu|fort|violemment
        couteau*|cutter*|lame*|ciseaux ~ sous|sur|contre ~ nez|gorge|cou|visage|ventre|figure
        @me ~ mis|mettre|met|donne*|donnait|colle*|met une|des claque*|gifle*|baffe*|tarte*|beigne*|patate*|coups|pain|droite|calotte*|balayette|taloche* ;; @me ~ mis|met|colle* un coup|pain|taquet
        @me ~ lance*|jete*|balance* ~ dessus|desus|figure|tete|visage|gueule|couteau*|outil*|marteau|cle|assiette*|poele*|casserole*|objet*|chaise*|plateau*|truc|trucs|chose*|bouteille*|verre*|plat|plats|seau*|bac*|planche*
        @me ~ pousse*|poussait|poussaient ~ escalier*|mur|terre|sol|bac|eau|piscine
        @me ~ tape*|tapait|tapent dessus|desus
        recu|recois|recoit|prendre|prends|prend|prennent|prenait|pris|prenais|mange|mangé|ramasse* ~ coups|gifle*|claque*|baffe*|tarte*|beigne*|patate*|pain|droite
        coup*|coups de poing|poings|pied|pieds|coude|genou|boule|ceinture
        violent*|violence* ~ avec|envers|contre moi|nous
        violences|violence physique*
        agression|agressions|agresse|agressee
        leve*|lever la main sur moi|nous
        """;

    private const string SexualHarassment =
        """
        main*|mins baladeuse*
        @me ~ tripot*|pelot*|caress*|attouch*|mate|matait|matent|drague*|draguait|draguent|frott*|frol*|siffl*|reluqu*
        @me ~ touch* ~ fesse*|seins|cuisse*|poitrine|cul|sexe|partout|force|contre|encore|souvent|voulais|voulait|consentement|accord|gre ;; @me ~ touch* ~ tout le temps
        touch*|main* ~ fesse*|seins|sein|cuisse*|poitrine|cul|sexe|parties|hanche*
        @me ~ embrass* ~ force|bouche|sans
        fait|fais|faisait|faire des avances
        attouchement*
        sexuel*|sexuelle*|sexuels
        avance* ~ insistante*|lourde*|deplace*
        remarque*|commentaire*|reflexion*|blague*|allusion*|propos ~ sur mon|ma|mes|notre corps|physique|poitrine|seins|fesses|cul|tenue|decollete|forme*|jupe|formes|sexe|vie
        remarque*|commentaire*|reflexion*|blague*|propos|geste*|comportement*|message*|photo* ~ deplace*|salace*|sexiste*|sexuel*|obscene*|graveleu*|cochon*
        photo*|nude*|nudes ~ nue*|intime*
        viol|viols
        @me ~ viole*|violer
        @was violee|viole
        se frott* ~ contre moi|nous
        @me ~ envo*|envoyai* ~ messages|sms|snap*|photo*|texto*|video* ~ nuit|minuit|bizarre*|chelou*|intime*|sexy|cochon*|coquin*|nue*
        photo*|video*|image* ~ son|sa|ses ~ sexe|bite|zizi|teub|queue|nu|nue|nus|parties
        exhib* ;; montre* ~ son|sa ~ sexe|bite|zizi|teub|queue
        main|mains ~ sur ma|mes ~ taille|hanche*|jambe*|cuisse*|fesse*|poitrine|cul|seins|genou*|nuque ;; main|mains ~ au|aux ~ cul|fesse*|seins
        @me ~ colle*|collait|collent ~ derriere|serre* ;; @me ~ colle*|collait|collent ~ tout le temps ;; @me ~ colle*|collait|collent ~ de pres ;; se|s colle* ~ contre|a moi
        regard*|mate*|reluqu*|fix* ~ decollete|seins|poitrine|fesses|cul|jambes|formes ;; @me ~ deshabill* du regard
        @me ~ propos* ~ chambre|coucher|lit|hotel ;; @me ~ propos* ~ sortir avec
        @me ~ demand* ~ si ~ copain|mec|vierge|celibataire 
        combien ~ prend*|prends|prendrais|tarif* ~ nuit|passe
        essay*|tente*|voulu|veut|voulait|force* ~ m|me ~ embrass*|toucher|tripoter|peloter|caresser
        commentent|commente|commentait|commentaient|commenter|critique* ~ mon|ma|mes ~ formes|physique|corps|poitrine|seins|fesses|tenue|decollete|jambes|cul
        @me ~ dit|dis|disent|disait|traite*|appel* ~ suis|es|comme ~ pute|salope|chienne|trainee|sexy|bandante
        """;

    private const string Safety =
        """
        @no ~ @gear ;; @no ~ equipement*|tenue* de protection|securite ;; @no ~ ligne de vie ;; @no ~ garde corps
        zero securite
        n|ny|na|ya ~ plus|pas de|d ~ @gear
        jamais|pas ~ forme*|formation ~ @gear|machine*|scie*|chariot*|nacelle*
        mains nues
        sortie* de|d secours ~ bloque*|ferme*|encombre*|condamne* ;; extincteur* ~ vide*|perime*|hs|absent*
        echelle*|echafaudage*|escabeau*|nacelle*|passerelle* ~ pourri*|casse*|bancal*|instable*|abime*|rouille*|defonce*|pete*|hs|branlant*
        fil|fils|cable*|prise*|tableau ~ denude*|degaine*|arrache* ;; fil|fils|cable*|prise*|tableau ~ a nu
        hotte*|aspiration|ventilation|extracteur* ~ marche*|fonctionne*|tourne ~ plus|pas ;; hotte*|aspiration|ventilation|extracteur* ~ hs|casse* ;; hotte*|aspiration|ventilation|extracteur* ~ en panne
        respire*|respirons|inhale*|avale* ~ fumee*|poussiere*|vapeur*|solvant*|produit*|peinture*|amiante
        securite ~ @no ~ respecte*|exist*|compte*
        norme*|regle*|consigne* de securite ~ @no ~ respecte*|applique*
        @no ~ respect* ~ norme*|regle*|consigne*
        carter*|capot* && enleve*|retire*|demonte*|desactive*|shunt*
        carter*|securite*|capot*|protection* ~ enleve*|retire*|demonte*|desactive*|shunt*|bloque*|casse*|hs ;; arret d urgence ~ casse*|hs|bloque*|marche|fonctionne
        machine*|scie*|meuleuse*|presse*|tronconneuse*|disqueuse*|toupie*|trancheuse*|hachoir*|raboteuse*|degauchisseuse*|cisaille* ~ sans|pas ~ protection|carter|securite ;; machine*|scie*|meuleuse*|presse*|tronconneuse*|disqueuse*|toupie*|trancheuse*|hachoir*|raboteuse*|degauchisseuse*|cisaille* ~ defectueu*|abime*|hs
        dangereu* ~ pour moi|nous|ma|notre
        @me ~ fait|fais|font|faisait|faire|oblige*|force*|demande* ~ dangereu*|interdit*
        @me ~ oblige*|force* ~ monter|travailler|utiliser|porter|manipuler|soulever
        produit*|produits chimique*|toxique* ~ sans|pas
        amiante
        @minor && interdit*|normalement|echafaudage|toit|chariot*|fenwick|clark|nacelle*|toupie*|tronconneuse*|kilos|kg ;; pas le droit ;; machine*|scie*|produit* ~ dangereu*|interdit*
        interdit* ~ mineur*|apprenti*|jeune*
        tache*|travaux|machine* interdit*
        pas forme* ~ machine*|scie*|utiliser|securite
        sans formation ~ machine*|scie*|securite|utiliser
        risqu* ~ ma|notre|mes|nos vie|peau|doigts|main*|bras|yeux
        """;

    private const string Injury =
        """
        @hurt && @no ~ soin*|soigne*|declare*|declaration|declarer|hopital|urgence*|medecin|docteur|infirmerie|infirmier*|pompier*|samu|secours|trousse|pansement*|soigner|emmene* ;; @no ~ arret de travail|maladie ;; @no ~ arret|arrets
        @hurt && continu*|reprendre|repris|retourne*|finir|fini|finis|finit|termine* ~ travail*|bosse*|bosser|boulot|taf*|journee|service|chantier ;; continuer|continue ;; serrer les dents
        @hurt && cach*|cacher ~ accident|blessure ;; dire ~ maison ;; dire ~ chez moi ;; pas au travail|boulot|taf
        accident* de|du travail ~ @no ~ declare*
        @no ~ declare*|declarer ~ accident*|blessure*
        @me ~ dit|demande*|interdit*|oblige* ~ pas|ne ~ declarer|appeler|dire|parler ;; @me ~ dit|demande*|interdit* ~ pas|ne ~ aller ~ hopital|urgence*|medecin|docteur|infirmerie
        @me ~ interdit*|empeche*|refuse* ~ aller|appeler|voir ~ hopital|urgence*|medecin|docteur|infirmerie|pompier*|samu
        soigne* ~ seul|seule|seuls ;; soigne* ~ moi meme
        @hurt && personne ~ emmene*|soigne*|appele*|aide*|occupe*
        """;

    private const string LabourLaw =
        """
        @extra && @no ~ paye*|payee*|paie*|remunere*|recupere*|compte*|comptabilise*|declare*|rattrap*
        heure*|h && gratuit*|gratos|offert*|cadeau
        heure*|h ~ non|jamais|pas paye*|payee*|remunere*|recupere*|declare* ;; heure*|h ~ gratuit*|gratos|offert*|cadeau*
        @no paye*|payee*|payes|paie|payer|remunere*|paye
        @no ~ ete paye*|payee*
        @no ~ recu|recois|touche*|vu|eu ~ salaire*|paie|paye|virement
        @me ~ paie*|paye*|payent|paient|payait|payaient|verse* ~ pas|jamais|rien
        @me ~ doit|doivent|devait ~ salaire*|paie|mois|argent|euros|heures
        salaire*|paie|paye|virement ~ @no ~ verse*|tombe*|arrive*|recu|paye*
        @no de|d salaire ;; sans salaire ;; @no ~ fiche*|bulletin* de|d paie|paye|salaire ;; sans etre paye*|payee*
        au noir
        au black ;; sans ~ me|m|nous|etre declare*|declarer ;; @me ~ declare*|declarer ~ pas|jamais
        feuille*|fiche*|releve*|pointage*|planning* ~ heure*|horaire* ~ fausse*|faux|truque*|trafique*|bidon ;; faux|fausse*|fausses feuille*|fiche*|heure*|pointage*|releve*
        conge*|vacances ~ refuse*|supprime*|annule*|sucre*
        travail*|bosse*|bosser|travailler|heure*|samedi*|dimanche* ~ gratuit*|gratos|gratis|benevol* ;; travail*|bosse*|bosser|travailler|heure*|samedi*|dimanche* ~ a l oeil
        pas|jamais|aucune ~ pause*|repos ;; sans pause*|repos ;; sans manger ;; pas|jamais|aucun ~ jour* de repos ;; pas|jamais|aucun ~ conges payes
        @minor && nuit*|minuit|22h*|23h*|00h*|0h*|1h|dimanche*|ferie*|feries ;; 22|23 h|heures ;; 4h|5h|4|5 ~ du matin ;; heure* ~ sup*|supplementaire* ;; 40h|45h|50h|40|45|50 h|heures
        """;

    private const string Distress =
        """
        envie|envi|hate|besoin de|d ~ tout arreter|lacher|plaquer|abandonner ;; envie|envi de|d mourir|crever|disparaitre ;; envie|envi de|d ~ en finir ;; envie|envi de|d ~ me tuer|jeter|pendre|suicider ;; envie|envi de|d ~ me foutre en l air ;; envie|envi de|d ~ me faire du mal
        en|jen peux|peu|peut|pouvais|pouvait plus
        peux|peu plus continuer|tenir|supporter
        tiens|tient|tenais|tiendrai* plus|pu ;; jpp|jpu|jenpeuxplus
        pense*|pensais|songe*|idee* a|de|d ~ me|m ~ faire du mal ;; pense*|pensais|songe*|idee* a|de|d ~ me|m ~ tuer|suicider|pendre|jeter|mutiler ;; pense*|pensais|songe*|idee* a|de|d ~ en finir ;; pense*|pensais|songe*|idee* a|de|d ~ disparaitre|mourir ;; pense*|pensais|songe*|idee* a|de|d ~ me foutre en l air
        vomi*|ventre ~ avant|chaque|tous|matin|lundi ~ aller|travail|boulot|taf|chantier|atelier|boutique
        me sens|sent ~ seul*|abandonne*|isole*|minable*|honte
        plus la force
        suicid*
        me|m scarifi*|mutil*
        en finir
        idees|pensees noires
        pleur*|chial* ~ tous|toutes|chaque|souvent|sans|avant|toilettes|voiture|lit|seul*|soir|soirs|nuit|matin ;; pleur*|chial* ~ en rentrant|partant ;; pleur*|chial* ~ au travail|boulot|taf
        je|j|jai|ai|me|m ~ pleur*|chiale*|chialer
        @me ~ fait|fais|font|faisait|faire ~ pleurer|chialer
        depression*|depressif|depressive|deprime|deprimee|burnout ;; burn out
        crise* d|de angoisse|panique|larmes
        angoiss* ~ aller|travail|boulot|taf|matin|lundi|chaque|tous
        boule au ventre
        peur d|de ~ aller|retourner|y aller
        dors|dort plus ;; plus dormir ;; insomnie*
        suis|sui|chui|jsuis|etre|etais|suit a bout
        au bout du rouleau
        bout de ma vie
        veux|voulais|voudrais|vais ~ disparaitre|mourir|crever ;; deteste|hais ma vie
        je|j|jai|vais|ai craque*|craquer
        mal dans ma peau
        @me ~ detruit|detruite|detruire|detruis
        me sens|sent ~ nul*|inutile*|vide*|detruit*|ecrase*|piege* ;; me sens|sent ~ moins que rien ;; me sens|sent ~ bon|bonne a rien ;; me sens|sent ~ au fond du trou ;; me sens|sent ~ comme une merde
        plus envie de rien|vivre
        plus gout|go a rien
        """;

    // "ma", "mont" and "jme" are SMS spellings of "m'a", "m'ont", "je me" (« il ma frappé »): only right before the verb.
    private static readonly (string Macro, string Expansion)[] Macros =
    [
        ("@me ~ ", "me|m|nous|ns ~ "),
        ("@was ", "ete|etais|etait|suis|sui|chui|jsuis|jsui|sommes "),
        ("@no ", "pas|sans|aucun|aucune|aucuns|jamais|jms|manque|manquent|ni|zero|pa "),
        ("@slur", "pd|pede|pedes|tapette|tarlouze|tafiole|fiotte|tantouze|gouine|travelo|negro|negre|negresse|bougnoul*|bicot|youpin|chinetoque|niakoue|bamboula|macaque|singe|singes|raton|arabe|rebeu|renoi|bamboula|terroriste|juif|feuj|gitan|romano|bride|pute|salope|chienne|petasse|trainee|pouffiasse|pedale|tantouse|tarlouse|black|bounty|nazi"),
        ("@undergo", "se|s|me|m|jme|nous|ns fait|fais|font|faisait|faisais|faisaient|faisons|faire"),
        ("@gear", "epi|epis|protection*|gant*|lunette*|casque*|masque*|chaussure*|harnais|bouchon*|protege*|gilet*|securite|combinaison*|visiere*|carter*|extincteur*|aspiration|ventilation|hotte*|etaiement*|blindage*"),
        ("@minor", "mineur|mineurs|mineure|mineures ;; 14|15|16|17 ans"),
        ("@extra", "heure*|h ~ sup*|supplementaire*|supp|supps ;; heure*|h en|de plus ;; supplementaire* ;; hsup*|heuresup*"),
        ("@hurt", "blesse*|blessure*|coupure*|entaille*|plaie*|brulure*|accident*|entorse*|fracture*|saigne*|saignait|saignais|sang|suture* ;; me|m|s|se ~ coupe*|brule*|casse*|tordu*|ouvert*|ecrase*|blesse* ;; tombe*|chute* ~ echelle|echafaudage|toit|escalier*|hauteur"),
    ];

    public static IEnumerable<(string[][] Parts, AlertCategory Category)> Rules =>
        Expand(Harassment, AlertCategory.Harassment)
            .Concat(Expand(Discrimination, AlertCategory.Discrimination))
            .Concat(Expand(Hazing, AlertCategory.Hazing))
            .Concat(Expand(ThreatSuffered, AlertCategory.ThreatSuffered))
            .Concat(Expand(Violence, AlertCategory.Violence))
            .Concat(Expand(SexualHarassment, AlertCategory.SexualHarassment))
            .Concat(Expand(Safety, AlertCategory.Safety))
            .Concat(Expand(Injury, AlertCategory.Injury))
            .Concat(Expand(LabourLaw, AlertCategory.LabourLaw))
            .Concat(Expand(Distress, AlertCategory.Distress));

    /// <summary>Words that deny what follows (« pas de bizutage », « jamais été insulté »).</summary>
    public static readonly FrozenSet<string> Negations = Lexicon.Keys("pas aucun aucune aucuns jamais jms ni pa personne");

    /// <summary>Words that cut a negation off from what follows (« pas facile mais il me frappe »).</summary>
    public static readonly FrozenSet<string> Breaks = Lexicon.Keys("mais sauf sinon alors quand pourtant cependant contrairement que qu");

    /// <summary>Words before « pas » that make it say nothing about the harm (« il arrête pas de me rabaisser », « je sais pas pourquoi »).</summary>
    public static readonly FrozenSet<string> NegationReversers = Lexicon.Keys(
        "arrete arretent arretait arretaient arret cesse cessent cessait sais savais sait comprends comprend ose osais veux voulais");

    /// <summary>Words that start a hypothesis (« si on me harcelait »), not a report.</summary>
    public static readonly FrozenSet<string> Hypotheticals = Lexicon.Keys("si cas");

    /// <summary>Readings that look like harm but are not (« pleurer de rire », « ça me tape sur les nerfs »).</summary>
    public static readonly IReadOnlyList<string> Exclusions =
    [
        "de rire",
        "craque pour|sur",
        "sur les|le nerfs|systeme",
        "coup de main|pouce|fil|oeil|soleil|chaud|coeur|stress|barre|rush|bol",
        "coups de soleil|main|fil|rush|barre",
        "dans ses|mes|les|leurs bras",
        "parti|partie|partis|parties|partir|part|partent|sorti|sortie|sortis|sortir|file|filer|barre|barrer sans payer",
        "en peux plus de|des ~ cours|bilan*|exercice*|devoir*|exam*|revision*|math*|compta*|trajet*|bus|transport*|client*|facture*|dossier*|fiche*|vaisselle|menage|controle*|partiel*",
    ];

    /// <summary>Words that make the rest of their sentence a topic, not a report (« une intervention sur le harcèlement »).</summary>
    /// <summary>
    /// The writer says the harm is over and solved (« tout est réglé », « il s'est excusé », « depuis tout va
    /// bien », « j'ai changé d'entreprise et tout va bien »): a moderator has nothing left to act on, so no alert.
    /// </summary>
    public static readonly IReadOnlyList<string> Resolutions =
    [
        "tout est regle|reglee|arrange|rentre",
        "tout s est arrange|regle",
        "c est regle|reglee|arrange",
        "ca s est arrange|regle",
        "il|elle s est excuse|excusee",
        "ils|elles se sont excuse|excuses|excusees",
        "maintenant|depuis|desormais|aujourdhui tout va|roule bien|mieux|super|nickel",
        "maintenant|depuis|desormais|aujourdhui tout se passe bien",
        "maintenant|depuis|desormais|aujourdhui ca va|roule bien|mieux",
        "maintenant|depuis|desormais|aujourdhui ca se passe bien",
        "maintenant|depuis|desormais|aujourdhui c est installe|installee|repare|reparee|regle|nickel|top",
        "j|je ai|suis change|changee|parti|partie d|de entreprise|boite|employeur|patron|tuteur ~ tout va|roule bien|mieux|super",
        "aujourd hui tout va|roule bien|mieux|super|nickel",
        "aujourd hui c est installe|installee|repare|reparee|regle|nickel|top",
        "c etait il y a ~ ans|annees",
        "il y a ~ ans|annees depuis|maintenant",
        "j ai ete paye|payee|rembourse|remboursee|regularise|regularisee et|depuis|maintenant",
        "gagne|gagnee aux prud hommes",
        "ca|ça|il|elle a ete declare|declaree en accident",
        "elles|ils sont arrivees|arrives|arrive ~ semaine|lendemain|jours|apres",
    ];

    public static readonly IReadOnlyList<string> TopicCues =
    [
        "formation*|sensibilisation|prevention|intervention*|campagne*|module*|affiche*|charte*|referent*|debat*|expose*|conference*|video* sur|contre|du|de|au|le|la|les",
        "cours sur|contre",
    ];

    // A "@me ~ verb" rule also matches "ma", "mont" right before the verb (« il ma frappé ») and "jme" (« jme fais insulter »).
    private static IEnumerable<(string[][] Parts, AlertCategory Category)> Expand(string rules, AlertCategory category) =>
        Lexicon.Lines(rules).Select(line => (
            line.Split("&&", StringSplitOptions.TrimEntries)
                .Select(part => ExpandMacros(part).Split(";;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .SelectMany(WithSmsObject)
                    .ToArray())
                .ToArray(),
            category));

    private static string ExpandMacros(string part)
    {
        foreach (var (macro, expansion) in Macros)
            part = part.Replace(macro, expansion, StringComparison.Ordinal);
        return part;
    }

    private static IEnumerable<string> WithSmsObject(string phrase)
    {
        yield return phrase;
        const string objectGap = "me|m|nous|ns ~ ";
        if (phrase.StartsWith(objectGap, StringComparison.Ordinal))
        {
            yield return "ma|mont|mas " + phrase[objectGap.Length..];
            yield return "jme|jm ~ " + phrase[objectGap.Length..];
        }
    }
}
