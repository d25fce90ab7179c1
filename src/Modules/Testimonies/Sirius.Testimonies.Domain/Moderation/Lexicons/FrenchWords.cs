using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

/// <summary>
/// Everyday French words (function words, frequent verbs, adjectives and nouns of working life),
/// folded. Used to tell a real sentence from gibberish and a word from a pseudonym or a name.
/// </summary>
internal static class FrenchWords
{
    public static readonly FrozenSet<string> Common = Lexicon.Words(
        """
        a au aux avec ce ceci cela ca ces cet cette chez dans de des du elle elles en entre et eux il ils je j la le les
        leur leurs lui l ma mais me meme mes moi mon ne ni nos notre nous on ou où par pas pour qu que qui quoi sa sans
        se ses si son sous sur ta te tes toi ton tu un une vos votre vous y d n s t c m qu jusqu lorsqu puisqu quand
        comme comment pourquoi combien donc car or ainsi alors apres avant aussi autre autres bien beaucoup bon bonne
        bons bonnes deja encore enfin ensuite jamais juste mal moins plus peu peut souvent toujours tout toute toutes
        tous tres trop vraiment vite ici la-bas oui non ok voila surtout parfois puis rien personne quelque quelques
        chaque plusieurs certains certaines aucun aucune assez tant tellement presque seulement environ vers depuis
        pendant contre selon malgre sauf parce lors dont leur quel quelle quels quelles celui celle ceux celles
        est es etre ete etait etaient sont suis sommes etes sera serait fut ai as avons avez ont avait avaient aura
        aurait eu fait faire fais faisons font faut fallait va vais vas allons allez vont aller alle allee venir viens
        vient venu peux pouvons pouvez peuvent pouvoir pu veux veut voulons voulez veulent vouloir dois doit devons
        devez doivent devoir dit dire dis disent sais sait savoir connais connait voir vois voit vu prendre prends
        prend pris mettre mets met mis donner donne donnent passer passe passent trouver trouve rester reste sentir
        sens sent sentie senti penser pense pensent croire crois aimer aime aimes aiment adore adorer parler parle
        partir pars part arriver arrive arrivent commencer commence finir finis finit travailler travaille travaillent
        apprendre apprends apprend appris comprendre comprends comprend compris montrer montre expliquer explique
        aider aide aident conseiller conseille recommande recommander choisir choisi regarder regarde demander
        demande garder garde gagner gagne payer paye paie manger mange dormir dors lever leve rentrer rentre
        marcher marche tenir tiens tient
        an ans annee annees jour jours journee journees semaine semaines mois heure heures minute minutes matin soir
        midi nuit temps fois moment debut fin lundi mardi mercredi jeudi vendredi samedi dimanche week end
        premier premiere deuxieme dernier derniere seul seule nouveau nouvelle nouveaux grand grande grands petit
        petite petits gros grosse vieux jeune jeunes vrai vraie faux facile dur dure difficile simple long longue
        court super top genial cool sympa nul nulle chouette content contente heureux heureuse fier fiere motive
        motivee fatigue fatiguee important importante interessant interessante utile possible normal pratique
        bonjour salut merci conseil conseils chose choses truc trucs gens monde vie famille ami amis amie amies pote
        potes copain copine metier metiers travail boulot taf entreprise boite patron patronne chef equipe collegue
        collegues tuteur tutrice client clients ecole cours cfa classe prof profs professeur formateur formatrice
        formation diplome examen apprenti apprentie apprentis apprentissage alternance contrat salaire argent stage
        atelier chantier magasin cuisine bureau salle materiel outil outils machine lieu place maison ville
        question questions reponse avis idee envie besoin peur probleme problemes souci aide experience niveau
        partie cote facon maniere sorte point exemple raison choix chance plaisir passion projet avenir
        futur futurs futures tard tot mieux pire bientot maintenant aujourd hui hier demain ensemble vraiment
        franchement clairement surtout carrement grave trop tres hyper vachement plutot quand meme pareil
        mdr lol jsp tkt bcp stp svp slt cc pk pq dsl mtn jpp ptdr bjr bsr rdv bts cap bac bp tp td pc rh cdi cdd
        smic rqth pmr tdah cpe aesh dm mp bep dut but iut mc cqp btp gmb ps nb vs
        """);

    /// <summary>Short forms written without vowels that are still words.</summary>
    public static readonly FrozenSet<string> Abbreviations = Lexicon.Words(
        """
        mdr jsp tkt bcp stp svp slt cc pk pq dsl mtn jpp ptdr bjr bsr rdv bts cap bp tp td pc rh cdi cdd rqth pmr
        cpe dm mp bep cqp btp gmb ps nb vs ntm fdp tg ftg vtff ptn pd nsp nspp ras mr mme mlle dr st km kg cm mm
        hlm sncf rtt drh tpe pme sms ccf cfc cv bpjeps cpge
        """);
}
