using MediatR;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Publication;

internal sealed class GetPublicReadVersionHandler(ITestimoniesDb db, ReadModelVersionCache versions) : IRequestHandler<GetPublicReadVersion, long>
{
    public async Task<long> Handle(GetPublicReadVersion query, CancellationToken cancellationToken) =>
        await versions.CurrentAsync(db, cancellationToken);
}
