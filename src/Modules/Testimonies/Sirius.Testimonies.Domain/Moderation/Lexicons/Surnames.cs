using System.Collections.Frozen;

namespace Sirius.Testimonies.Domain.Moderation.Lexicons;

/// <summary>
/// Frequent French family names that are not also everyday words, brands or first names, so a
/// capitalised occurrence is very likely a person. Others are caught by context ("M.", "mon chef").
/// </summary>
internal static class Surnames
{
    public static readonly FrozenSet<string> Distinctive = Lexicon.Words(
        """
        dubois durand lefebvre lefevre moreau fournier girard dupont lambert rousseau muller mercier boyer
        blanchard guerin gauthier garcia perrin morin roussel gautier dumont lemaire meyer dufour giraud brunet
        gaillard barbier arnaud martinez schmitt leroux vidal caron picard aubert lemoine renaud dumas
        bourgeois leclercq dupuy guillot hubert carpentier sanchez dupuis deschamps huet vasseur perez fleury
        jacquet poirier marty aubry guyot menard maillard bertin bailly schneider fernandez collet bouvier prevost
        millet perrot pelletier leveque perrier leblanc lebrun marchal weber mallet hamon michaud rodriguez
        guichard gillet grondin tessier chevallier chauvin bouchet lemaitre benard humbert reynaud
        hoarau perret barthelemy cordier pichon gilbert delaunay pasquier carlier laporte lefranc lebon lecomte
        leroy lopez gonzalez ferreira pereira nguyen tran benali diallo traore diop
        ndiaye camara kone coulibaly cisse bensaid haddad mansouri belkacem rolland
        duval dubreuil delmas dufresne gauthier baudry boulay chatelain delattre desmarais fabre faure
        garnier legros lenoir maillot masson payet rey rivet rouxel texier
        """);
}
