using MediatR;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class SearchCommunesHandler(ICommuneDirectory communes) : IRequestHandler<SearchCommunes, IReadOnlyList<CommuneSummary>>
{
    public Task<IReadOnlyList<CommuneSummary>> Handle(SearchCommunes query, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(query.Text) || query.Text.Length > 100
            ? []
            : communes.Search(query.Text.Trim(), Math.Clamp(query.Limit, 1, 20)));
}
