using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

/// <summary>
/// First names common in France across generations (tutors, teachers, apprentices), written without
/// accents. Names that are also ordinary words are in <see cref="Ambiguous"/> and need context.
/// </summary>
internal static class FirstNames
{
    /// <summary>First names that are also everyday French words: flagged only with context.</summary>
    public static readonly FrozenSet<string> Ambiguous = Lexicon.Words(
        """
        aimee ambre anis aude aurore blanche capucine celeste charlotte claire clement colin constance eden fleur flora
        florence france grace iris jade jean jordan lilas lino lune madeleine marguerite marin marine martial max maxime
        melodie noel octave olive olivier pascal pierre prune romain roman rose teddy victoire violette
        """);

    /// <summary>Ambiguous names that, even capitalised, mostly mean a holiday or a place ("Noël", "France").</summary>
    public static readonly FrozenSet<string> RarelyPeople = Lexicon.Words("noel france florence aude eden");

    public static readonly FrozenSet<string> All = Lexicon.Words(
        """
        aaron abdel abdallah abdou abdoulaye abel abigail achille adam adama adel adele adeline adem adrian adriana adrien
        agathe agnes ahmed aicha aida ailton aimee alain alan alba albane albert alexandra alexandre alexia alexis
        alfred ali alia alice alicia alina aline alix allan alma alois amandine amaury ambre amel amelia amelie amina amine
        amir amira anael anais anastasia andre andrea angel angela angele angelique angelina anis anissa anna annabelle
        anne annie anouk anthony antoine antonin antonio apolline arnaud arthur assia astrid aude audrey augustin aurelie
        aurelien aurore axel axelle aya ayaan ayden ayla ayman aymen aymeric ayoub aziz
        bakary baptiste barbara basile bastien beatrice benedicte benjamin benoit berenice bernard bertrand bilal blaise
        boris brahim brandon brice brigitte bruno bryan
        calvin camelia camille candice capucine carine carla carmen carole caroline cassandra catherine cecile cecilia
        cedric celeste celia celine chantal charlene charles charlie charline charlotte chiara chloe christelle
        christian christine christophe christopher claire clara clarisse claude claudia clea clemence clement clementine
        cloe clothilde clotilde colette colin coline constance coralie corentin corinne cyril cyrielle cynthia cindy
        damien dana daniel daniela danielle dany david deborah delphine denis denise diane didier dimitri djibril
        dominique dorian dounia dylan
        eden edgar edouard eleonore elena elia elias elie elina eline elisa elisabeth elise eliott elliot ella elodie
        eloi eloise elouan elsa elyes elena emeline emilie emilien emma emmanuel emmanuelle emy enzo eric erica erwan
        esteban estelle ethan eugenie eva evan eve evelyne ewen
        fabien fabienne fabrice fanny farah fatima fatou fatoumata felix fernand flavie flavien flora florence florent
        florian francis franck francois francoise frederic frederique
        gabin gabriel gabriella gabrielle gael gaelle gaetan garance gaspard gauthier genevieve georges gerald gerard
        geraldine ghislaine gilbert gilles ginette gisele giulia gregoire gregory guillaume gustave guy gwen gwenaelle
        hamza hana hanae hannah helene heloise henri herve hugo hortense houssam hichem
        ibrahim idriss ilan ilana ilyas ilyes imane imran ines irene iris isaac isabelle ismael issa ilona
        jacqueline jacques jade james jana jason jean jeanne jennifer jeremie jeremy jessica jessy jimmy joachim joan
        joanna jocelyne joel joelle johan johanna john jonas jonathan jordan joseph josephine josiane josue judith
        jules julia julian julie julien juliette justin justine
        kais kaina kamel karima karim karine kassim kayla kelly kenza kevin khadija kilian killian kimberley kylian
        lahcen lamia lana lara laura laure laurence laurent lea leana leandre leila lena leni leo leon leonard leonie
        leopold liam lilas lili lilian liliane lilou lily lina lisa lise loane loic lola lorenzo lou louane louis louisa
        louise louison louna luc luca lucas lucie lucien lucile ludivine ludovic luna lyam lyna lynda lyes lino
        madeleine madison mael maelle maelys maeva mahe mahmoud maissa malak malik malo mamadou manel manon manuel
        marc marceau marcel margaux margot marguerite maria marianne marie marine mario marion marius marjorie marlene
        marouane marta martial martin martine marwa marwan maryam maryse mateo matheo mathias mathieu mathilde mathis
        matteo matthias matthieu maud maurice max maxence maxime maya medhi mehdi melanie melina melissa melodie
        melvin meryem mia michael michel micheline michele mila milan milo mira mireille mohamed mohammed moussa myriam
        morgan morgane moana mya
        nabil nadia nadege nadine nael naelle naim naomi nassim natacha nathalie nathan nathanael nelly nicolas nicole
        nina nils noa noah noam noe noel noelie noemie nolan nora norah nour nourane
        oceane octave odile olivia olivier omar oscar oumar ousmane
        pascal pascale patricia patrice patrick paul paula pauline perrine philippe pierre priscilla
        quentin
        rachel rachid rafael raphael raphaelle rayan rebecca regis remi remy renaud rene riad richard robert robin
        rodolphe rodrigue roger romain romane romeo romy rosalie rose roxane ruben ryan rania rym
        sabrina sacha salim salma salome samia samir samuel sandra sandrine sara sarah sebastien selena selma serge
        severine sirine simon simone sofia sofiane solal soline solene sonia sophia sophie souleymane stella stephane
        stephanie steve steven sylvain sylvie soan soumaya
        tanguy tatiana teddy theo theodore theophile thibault thibaut thierry thomas tiago tiphaine tom tony tristan
        timeo timothee
        ugo ulysse
        valentin valentina valentine valerie vanessa victor victoria victoire vincent violette virginie vivien
        walid wassim wendy william wilson
        xavier
        yacine yanis yann yannick yannis yasmina yasmine yassine yassin yohan youssef yuna yvan yves yvette ylan
        zakaria zelie zineb zoe zohra
        jean-baptiste jean-charles jean-christophe jean-claude jean-francois jean-jacques jean-louis jean-luc jean-marc
        jean-marie jean-michel jean-noel jean-paul jean-philippe jean-pierre jean-yves pierre-alexandre pierre-antoine
        pierre-louis pierre-yves paul-henri paul-antoine marie-anne marie-christine marie-claire marie-france
        marie-helene marie-josee marie-laure marie-lou marie-louise marie-pierre marie-therese anne-claire anne-laure
        anne-lise anne-marie anne-sophie louis-marie lou-anne mohamed-amine
        """,
        Ambiguous);
}
