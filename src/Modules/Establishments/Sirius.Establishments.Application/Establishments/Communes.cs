using MediatR;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

/// <summary>The communes of the reference data (Infrastructure holds the list).</summary>
public interface ICommuneDirectory
{
    CommuneSummary? Find(string code);

    IReadOnlyList<CommuneSummary> Search(string text, int limit);
}

internal sealed class CommuneQueries(ICommuneDirectory communes) :
    IRequestHandler<FindCommune, CommuneSummary?>,
    IRequestHandler<SearchCommunes, IReadOnlyList<CommuneSummary>>
{
    public Task<CommuneSummary?> Handle(FindCommune query, CancellationToken cancellationToken) =>
        Task.FromResult(communes.Find(query.Code.Trim().ToUpperInvariant()));

    public Task<IReadOnlyList<CommuneSummary>> Handle(SearchCommunes query, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(query.Text) || query.Text.Length > 100
            ? []
            : communes.Search(query.Text.Trim(), Math.Clamp(query.Limit, 1, 20)));
}
