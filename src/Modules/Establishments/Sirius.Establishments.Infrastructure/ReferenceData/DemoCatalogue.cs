using System.Text;
using Sirius.Establishments.Application.Catalogue;

namespace Sirius.Establishments.Infrastructure.ReferenceData;

internal sealed class DemoCatalogue : IDemoCatalogue
{
    public const int Seed = 2026;

    public Stream OpenPilotSample()
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            CatalogueFile.Write(writer, CatalogueGenerator.Generate(CatalogueSize.Pilot, Seed));
        }

        stream.Position = 0;
        return stream;
    }
}
