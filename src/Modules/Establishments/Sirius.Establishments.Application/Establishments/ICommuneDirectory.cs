using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

/// <summary>The communes of the reference data (Infrastructure holds the list).</summary>
public interface ICommuneDirectory
{
    CommuneSummary? Find(string code);

    IReadOnlyList<CommuneSummary> Search(string text, int limit);
}
