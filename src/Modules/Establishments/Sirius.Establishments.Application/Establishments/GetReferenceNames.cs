using MediatR;
using Sirius.Establishments.Contracts;

namespace Sirius.Establishments.Application.Establishments;

internal sealed class GetReferenceNamesHandler(IReferenceNames reference) : IRequestHandler<GetReferenceNames, ReferenceNames>
{
    public Task<ReferenceNames> Handle(GetReferenceNames query, CancellationToken cancellationToken) => Task.FromResult(reference.Names);
}
