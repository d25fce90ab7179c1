using Sirius.BuildingBlocks;

namespace Sirius.Establishments.Contracts;

/// <summary>A commune of the reference data, with its approximate centre (WGS 84).</summary>
public sealed record CommuneSummary(string Code, string Name, string PostalCode, string DepartmentCode, double Latitude, double Longitude);

/// <summary>A commune by its INSEE code; null when the reference data does not know it.</summary>
public sealed record FindCommune(string Code) : IQuery<CommuneSummary?>, IPublicRequest;

/// <summary>
/// Communes whose name (accents and case ignored), postal code or INSEE code starts with <see cref="Text"/>,
/// most populated first, then those whose name contains it; at most <see cref="Limit"/> (1 to 20).
/// </summary>
public sealed record SearchCommunes(string Text, int Limit = 10) : IQuery<IReadOnlyList<CommuneSummary>>, IPublicRequest;
