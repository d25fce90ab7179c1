
namespace Sirius.Establishments.Application.Catalogue;

/// <summary>The generated sample catalogue (Auvergne-Rhône-Alpes and Provence-Alpes-Côte d'Azur) as a catalogue file.</summary>
public interface IDemoCatalogue
{
    Stream OpenPilotSample();
}
