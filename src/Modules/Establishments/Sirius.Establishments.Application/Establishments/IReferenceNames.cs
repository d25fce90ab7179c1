using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

/// <summary>The names of the reference data's territories and levels (Infrastructure holds the lists).</summary>
public interface IReferenceNames
{
    ReferenceNames Names { get; }
}
