using MediatR;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class FindCommuneHandler(ICommuneDirectory communes) : IRequestHandler<FindCommune, CommuneSummary?>
{
    public Task<CommuneSummary?> Handle(FindCommune query, CancellationToken cancellationToken) =>
        Task.FromResult(communes.Find(query.Code.Trim().ToUpperInvariant()));
}
