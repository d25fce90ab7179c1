using System.Text;
using Sirius.Establishments.Infrastructure.ReferenceData;

namespace Sirius.Establishments.Tests.ReferenceData;

/// <summary>Generated catalogues shared by the tests: generating the national one for every test would be wasteful.</summary>
internal static class Samples
{
    public const int Seed = 2026;

    private static readonly Lazy<ReferenceCatalogue> PilotSample = new(() => CatalogueGenerator.Generate(CatalogueSize.Pilot, Seed));
    private static readonly Lazy<ReferenceCatalogue> NationalSample = new(() => CatalogueGenerator.Generate(CatalogueSize.National, Seed));

    public static ReferenceCatalogue Pilot => PilotSample.Value;

    public static ReferenceCatalogue National => NationalSample.Value;

    public static IEnumerable<object[]> Both() => [[CatalogueSize.Pilot], [CatalogueSize.National]];

    public static ReferenceCatalogue Of(CatalogueSize size) => size == CatalogueSize.Pilot ? Pilot : National;

    public static string ToCsv(ReferenceCatalogue catalogue)
    {
        using var writer = new StringWriter();
        CatalogueFile.Write(writer, catalogue);
        return writer.ToString();
    }

    public static byte[] ToUtf8(ReferenceCatalogue catalogue)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            CatalogueFile.Write(writer, catalogue);
        }

        return stream.ToArray();
    }

    public static List<CatalogueLine> Read(string csv)
    {
        using var reader = new StringReader(csv);
        return [.. CatalogueFile.Read(reader)];
    }

    /// <summary>Like Shouldly's ShouldBeUnique, in linear time for the 20,000 national formations.</summary>
    public static void ShouldHaveNoDuplicates<T>(this IEnumerable<T> items) =>
        items.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ShouldBeEmpty("duplicates");

    /// <summary>Element-wise equality that names the first difference instead of printing two huge lists.</summary>
    public static void ShouldEqualSequence<T>(this IReadOnlyList<T> actual, IReadOnlyList<T> expected)
    {
        var index = Enumerable.Range(0, Math.Min(actual.Count, expected.Count))
            .FirstOrDefault(i => !EqualityComparer<T>.Default.Equals(actual[i], expected[i]), -1);
        if (index >= 0)
        {
            actual[index].ShouldBe(expected[index], $"first difference at index {index}");
        }

        actual.Count.ShouldBe(expected.Count);
    }

    /// <summary>Distance in kilometres between two points, on a spherical Earth.</summary>
    public static double Kilometres(decimal lat1, decimal lon1, decimal lat2, decimal lon2)
    {
        static double Radians(decimal degrees) => (double)degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }
}
